import { withoutThisDay } from "./this-day";
import { KIND_OF_BODY, withoutLeadingConnective, withoutStoryFinally } from "./check-context";
import { escapeRegExp } from "./find-spans";
import { CLOSE_KIN, GRANDCHILDREN, GRANDPARENTS, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES, STEPCHILDREN, STEPPARENTS } from "./kin-words";
import { LINKING_PHRASES, LIST_ITEM_LINKS } from "./linking-words";
import type { Sentence, Span } from "./types";
import { verbsAs } from "./verb-forms";
import { IRREGULAR_PAST_WORD } from "./finite-verb";
import { PERSON_PRONOUNS as PRONOUNS, PERSONAL_PRONOUN as PERSONAL, mayMeanPersonWord, personWordAt } from "./resolve-person-pronouns";
import { singularThings, unboundIt } from "./check-unbound-it";
import { pluralNamedBefore } from "./plural-antecedent";
import { seenWordTags, wordTagsMemo } from "./seen-word-tags";
import { LEXICON, tagWithoutChunks } from "./tag-without-chunks";
import { boundedMemo } from "./article-memo";
import { TITLE_WORD_SET } from "./titles";

/**
 * Real questions from a sentence, only where its shape is sure: the key opens
 * the sentence as its subject ("Who led …?", "Which of these holds …?"), or a
 * date closes a plain clause ("When was the fort built?"). Anything else is
 * left to the cloze.
 */

// Words that can follow a subject as its verb; anything else (a comma, "of", "and") means the parse is unsure.
const AUX = /^(?:is|are|was|were|has|had|have|became|becomes|remains|remained|can|could|will|would|may|might|must|led|won|built|made|took|wrote|began|ran|gave|held|went|saw|fought|grew|brought|left|lost|sent|kept|stood|rose|fell|found|founded|came|met|set|became|helps|lies|lay)$/;
const NOT_VERB = /^(?:and|or|but|of|in|on|at|to|for|with|by|from|as|that|which|who|whose|its|their|his|her|the|a|an|also)$/;

export function looksLikeVerb(word: string): boolean {
  if (AUX.test(word)) return true;
  if (NOT_VERB.test(word)) return false;
  return /^[a-z]+(?:ed|es|s)$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** "The esophagus is a tube …" with the key "esophagus" -> "Which of these is a tube …?" */
// A person's object pronoun: "him", "them", and "her" where no noun follows it ("persuades her to stay", "finds her.").
export const OBJECT_PRONOUN = /\b(?:him|them)\b|\bher\b(?= (?:to|at|in|on|from|with|back|away|home|and|but|that|as|for|into|out|up|down|off)\b|[.,;!?]|$)/;

export function subjectQuestion(sentence: Sentence, span: Span, wh: string): string | null {
  if (sentence.subject) return null;
  const offset = span.start - sentence.start;
  const before = sentence.text.slice(0, offset);
  // "Desperate, Ada sells her boat." -> "Who sells her boat?": a one-word opening aside before a person says how or when, not who.
  const opener = wh === "Who" && /^[A-Z][a-z]+, $/.test(before) && !/^(?:Otherwise|Unlike|Like|Besides|Except)\b/.test(before);
  if (!/^(?:the |The )?$/.test(before) && !opener) return null;
  const rest = sentence.text.slice(offset + span.text.length);
  // "Osric was her father": no one is their own father, so the "her" is someone the question would not name.
  if (wh === "Who" && /^ (?:was|is|were|are|became|becomes|remained) (?:both |also |later |then )?(?:his|her|their)\b/.test(rest)) return null;
  // "Ada carries him home" -> "Who carries him home?": the one asked about is no "him", so he is someone the stem does not name.
  if (wh === "Who" && OBJECT_PRONOUN.test(rest)) return null;
  const m = /^ ([a-z]+)\b([^;:]*)\.$/.exec(rest);
  if (!m || !looksLikeVerb(m[1]!)) return null;
  const body = withoutOwnClause(m[2]!);
  // "… first and, while …, shoots him": the clause cut at an aside inside the predicate leaves its joining word hanging
  // (refused here so that the sentence falls back to a cloze; check-stems refuses it in any other builder's question).
  if (HANGING_JOIN.test(body)) return null;
  return `${wh} ${m[1]}${body}?`;
}

/**
 * "… is sold by weight, and buying in bulk can save money": a clause joined on with a subject of its own says something
 * else, which a question on the key's clause would carry as if it asked that too. The question ends with the key's clause;
 * a join that only adds a verb of the same subject ("…, and ran it for years") or a list's last item ("…, and salt") stays.
 */
function withoutOwnClause(body: string): string {
  for (const join of body.matchAll(/,\s(?:and|but|while|whereas|yet|so)\s/g)) {
    if (opensOwnClause(body.slice(join.index + join[0].length))) return body.slice(0, join.index);
  }
  return body;
}

/**
 * The words after a join ("…, and in 1849 she fled …") open a clause with a subject of its own: not a verb the clause before
 * shares its subject with ("…, and ran it"), not an adverb before one, not a list's last item ("…, and salt").
 */
// Capitalised words that open a clause without naming anyone.
const OPENER_WORD = /^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Then|This|That|These|Those|It|Its|There|Here|Some|Many|Most|All|Each|Every)\b/;
export function opensOwnClause(part: string): boolean {
  // "…, and Kade learns that …": a name and then its own verb (not a list's last name, "…, and Kade.").
  const named = /^[A-Z][a-z]+(?: [A-Z][a-z]+)? ([a-z]+)\b/.exec(part);
  if (named && !OPENER_WORD.test(part) && /(?:s|ed)$/.test(named[1]!) && looksLikeVerb(named[1]!)) return true;
  const first = /^[a-z]+/.exec(part)?.[0];
  if (!first || looksLikeVerb(first) || /^(?:[a-z]+ly|later|then|soon|also|still|often|never|once|even|afterwards)$/.test(first) || part.split(/\s+/).length < 4) return false;
  // (A later word the tagger reads as a finite verb makes it a clause: a gerund or a bare participle does not.)
  return tagged(part).some((t, i) => i > 0 && t.tags?.includes("Verb") && !t.tags.includes("Gerund") && !(t.tags.includes("Participle") && !t.tags.includes("PastTense")));
}

const DATE_WORD: Partial<Record<Span["type"], string>> = { YEAR: "In what year", FULL_DATE: "On what date", MONTH_YEAR: "When", DECADE: "In which decade", CENTURY: "In which century" };

/**
 * "The fort was built in 1624." -> "In what year was the fort built?";
 * "Koxinga landed on Taiwan in 1661." -> "In what year did Koxinga land on Taiwan?".
 * Only for a sentence with no comma, whose date is its last phrase.
 */
/**
 * After "was/were", a participle and the rest of the clause ("was built on the Clyde"): a passive a question turns ("When
 * was … built …?"). Words that end like participles but are none ("an", "ten", "often") open a complement instead.
 */
export const PARTICIPLE_AFTER_BE = String.raw`(?!(?:an|a|the|one|in|on|at|not|then|often|seven|eleven|ten)\b)([a-z]+(?:ed|en|t|n)\b.*)`;

const PASSIVE_BODY = new RegExp(`^((?:(?:The|A|An) [a-z][\\w'’-]*|[A-Z][\\w'’-]*)(?: [\\w'’-]+){0,6}?) (was|were) ${PARTICIPLE_AFTER_BE}$`);

export function dateQuestion(sentence: Sentence, span: Span): string | null {
  const wh = DATE_WORD[span.type];
  if (!wh || sentence.subject) return null;
  const offset = span.start - sentence.start;
  const head = sentence.text.slice(0, offset);
  if (sentence.text.slice(offset + span.text.length) !== "." || /[,;:()"“”]/.test(head)) return null;
  const body = /^(.+?) (?:in|on)$/.exec(head.trim())?.[1];
  if (!body || body.split(/\s+/).length > 18) return null;
  const passive = PASSIVE_BODY.exec(body);
  if (passive && !/^(?:It|This|That|These|They|He|She|There)\b/.test(passive[1]!)) {
    return `${wh} ${passive[2]} ${lowerArticle(passive[1]!)} ${passive[3]}?`;
  }
  const terms = tagged(body);
  const verbAt = terms.findIndex((t) => t.tags?.includes("PastTense"));
  if (verbAt < 1 || verbAt > 5) return null;
  const subject = terms.slice(0, verbAt).map((t) => t.text).join(" ");
  if (/^(?:The|A|An)$/.test(subject) || !/^(?:(?:The|A|An) [a-z]+(?: [a-z]+)?|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})$/.test(subject) || /^(?:It|This|That|These|They|He|She|There)\b/.test(subject)) return null;
  if (terms.slice(0, verbAt).some((t) => t.tags?.includes("Verb") || t.tags?.includes("Pronoun"))) return null;
  const verb = terms[verbAt]!.text;
  const infinitive = infinitiveOf(verb);
  // "The Harwell was a steamer built …" is no deed: "did the Harwell be …" is not English.
  if (!infinitive || infinitive === verb || /\s/.test(infinitive) || infinitive === "be") return null;
  const verbIndex = body.indexOf(` ${verb}`, Math.max(0, subject.length - 1));
  if (verbIndex < 0 || body.slice(0, verbIndex) !== subject) return null;
  const rest = body.slice(verbIndex + verb.length + 1).trim();
  return `${wh} did ${lowerArticle(subject, sentence.titlePerson?.name ?? sentence.person?.name)} ${infinitive}${rest ? ` ${rest}` : ""}?`;
}

// The tagger's infinitive of one past-tense word: asked for each question on the same sentence (choice and typed).
export function infinitiveOf(verb: string): string {
  return verbsAs(verb, "infinitive");
}

// Tagging a clause costs about a millisecond, and the same clause is tagged for several questions: once is enough (bounded).
const tags = boundedMemo<TaggedTerm[]>(4000);
export interface TaggedTerm {
  text: string;
  tags?: string[];
  /** What follows the word: a space, or punctuation such as ", ". */
  post?: string;
}
export function tagged(body: string): TaggedTerm[] {
  // (Its tags are not noted as the article's words': a stem, a lead-in or a made statement is no sentence of the article,
  // and what the stem checks read would then hang on which candidates were checked before.)
  return tags(body, () => (tagWithoutChunks(body).json() as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms));
}

const WORD_AND_AFTER = /(\d[\d,.]*\d|[^\s,;:.!?"'“”‘’()[\]-]+(?:['’][a-z]+)?)([,;:.!?"'“”‘’()[\]]*(?:\s+|$)|-)/g;
// Words whose tag the tagger never changes with their place ("Which", "did", "of"), and numbers: a question's own words need no parse.
const CLOSED_CLASS = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "QuestionWord", "Modal", "Copula", "Auxiliary"]);
function closedClass(word: string): string[] | undefined {
  const tag = LEXICON[word.toLowerCase()];
  if (/^\d[\d,.]*$/.test(word)) return ["Value"];
  if (typeof tag !== "string" || !CLOSED_CLASS.has(tag)) return undefined;
  return /^(?:Modal|Copula|Auxiliary)$/.test(tag) ? [tag, "Verb"] : [tag];
}
/**
 * The terms of a stem, each word with the tags it had in the article's sentences (the blank is a term of its own); the
 * tagger is asked only when a word was never seen there.
 */
export function taggedFromSentences(text: string): TaggedTerm[] {
  const terms: TaggedTerm[] = [];
  for (const m of text.matchAll(WORD_AND_AFTER)) {
    const word = m[1]!;
    const known = /^_{3,}$/.test(word) ? ["Noun"] : (seenWordTags(word) ?? closedClass(word));
    if (!known) return tagged(text);
    terms.push({ text: word, tags: known, post: m[2] || " " });
  }
  return terms;
}

/** Whether the tagger reads this word of the text as a noun and not a verb ("workers" in "The workers of the mill built …"). */
export function readsAsNoun(text: string, word: string): boolean {
  const term = tagged(text).find((t) => t.text === word);
  return term?.tags?.includes("Noun") === true && !term.tags.includes("Verb");
}

// Words compromise's lexicon knows as common nouns or verbs ("Work", "Trade"), not names ("Napoleon", "France").
/** compromise's word list (word → its first tag), read once for the module: which words it knows as nouns or verbs. */
// (The word list lives in the compromise leaf module, so low-level span finders read it without this module's imports.)
export { LEXICON };
const COMMON_WORD = /^(?:Singular|Plural|Uncountable|Infinitive|Gerund|Noun)$/;

/** The subject as it reads after "did": "The fort" -> "the fort", and a common word that only opened the sentence, "Work" -> "work". */
export function lowerArticle(subject: string, person = ""): string {
  // (Unless it is the article's person, "Rose" or "Hope".)
  if (/^[A-Z][a-z]+$/.test(subject) && !person.split(" ").includes(subject) && COMMON_WORD.test(LEXICON[subject.toLowerCase()] ?? "")) return subject.toLowerCase();
  return subject.replace(/^(The|A|An) /, (a) => a.toLowerCase());
}

// A joining word left at the end of a text cut inside a clause ("Who reaches the hut first and?").
export const HANGING_JOIN = /\b(?:and|but|or)$/;

// Openings that point back to the sentence before.
// "There were three forms …" states that something exists: it points nowhere.
// "Even so, …", "However, …", "Not long after that, …", "The new vehicle …": the sentence answers or follows the one before.
// Words that open a sentence by pointing back: a pronoun or demonstrative, a link to the point before, "the new X".
// Linking words and phrases that tie a sentence to the one before ("However, …", "Shortly afterwards …"): see linking-words.
const LINKS = LINKING_PHRASES.join("|");
const POINTER_OPENERS = new RegExp(`This|These|That|Those|Such|There(?! (?:is|are|was|were|have been|has been)\\b)|Here|He|She|They|It|Its|His|Her|Their|${LINKS}|The (?:new|same|latter|former|above) [a-z]+`);
// A result or answer to what came before ("As a result, …"; not "As a result of the war", which names it).
const LINK_OPENERS = /As a (?:result|consequence)(?! of (?!(?:this|that|these|those|it)\b))|Because of (?:this|that|it)|In (?:response|return)(?! (?:to|for) (?!(?:this|that|these|those|it)\b))|In turn|(?:The|That) (?:very )?same (?:day|night|morning|week|month|year)|The (?:next|following) (?:day|night|morning|week|month|year)/;
// A person or group named only by a role or count the sentence before introduced ("The boy was sent …", "The two met …";
// not "The two unions that led …" or "The three states of matter", where a noun follows).
const ROLE_OPENERS = /The (?:boy|girl|man|woman|child|youth|pair|couple|two|three)(?= (?:was|were|is|are|had|did|then|soon|later|also|never|(?!(?:hundred|red|seed|bed|shed|speed|need|feed|breed)\b)[a-z]{2,}ed)\b)/;
// A part named only by its place among parts the sentence before listed ("The middle is in …").
const PART_OPENERS = /The (?:rest|remainder|middle|others?)(?= (?:is|was|are|were|has|had|held|showed|shows|gives|gave)\b)/;
// One of a set the sentence before brought up, named after it ("The elder, Ada, is proud", "The younger, Tam, stays home").
const MEMBER_OPENERS = /The (?:elder|eldest|younger|youngest|older|oldest|other|first|second|third|last)(?=, [A-Z])/;
// One of several things the sentence before brought up ("One common measure is called …", "Another cause was …"): of
// what, only that sentence says.
const ONE_OF_OPENERS = /(?:One|Another|A second|A third|A further)(?: [a-z]+)? (?:cause|reason|method|way|measure|example|type|kind|form|factor|effect|problem|result|source|use|feature|sign|idea|theory|explanation|solution|step|stage|part|answer|benefit|danger|risk|goal|aim|purpose|tool|test)s?(?: of (?:the )?[a-z]+)?(?= (?:is|was|are|were|has|had|can|could|comes|came|involves|involved|happens|happened)\b)|Another(?= (?:is|was|said|says|stated|states|promised|promises|required|requires|added|adds)\b)/;
// One item of a list the sentence before introduces ("Second, …", "Finally, …"): see linking-words.
const LIST_ITEM_OPENERS = new RegExp(`(?:${LIST_ITEM_LINKS.join("|")})(?=,)`);
const POINTS_BACK = new RegExp(`^(?:${[POINTER_OPENERS, LINK_OPENERS, ROLE_OPENERS, PART_OPENERS, MEMBER_OPENERS, ONE_OF_OPENERS, LIST_ITEM_OPENERS].map((r) => r.source).join("|")})\\b`);

// "In the 1950s, this tension began …": an opening phrase, then a subject that points back.
// (Not "such as": "Hard woods, such as oak, are …" gives its examples in an aside that names what they are examples of.)
const POINTS_BACK_AFTER_OPENER = /^[^,]{2,50}, (?:this|these|that|those|such(?! as\b)|it|he|she|they)\b/;

// The person's pronoun as a whole opening word, compiled once on first use (needsContext is asked for every stem's
// sentence). Not at load: PRONOUNS comes from a module this one is part of a cycle with, and may not be set yet then.
let openingPronoun: Record<"he" | "she", RegExp> | undefined;
const OPENING_PRONOUN = () => (openingPronoun ??= { he: new RegExp(`^${PRONOUNS.he.source}$`, "i"), she: new RegExp(`^${PRONOUNS.she.source}$`, "i") });

/** A sentence that opens by pointing back needs the one before it shown too. */
export function needsContext(sentence: Sentence): boolean {
  if (sentence.subject) return false;
  // "He ruled …" in an article about one man: the stem names him instead (resolvePerson).
  const opening = POINTS_BACK.exec(sentence.text)?.[0] ?? POINTS_BACK_AFTER_OPENER.exec(sentence.text)?.[0].split(" ").pop();
  if (sentence.person && opening && OPENING_PRONOUN()[sentence.person.pronoun].test(opening)) return false;
  return POINTS_BACK.test(sentence.text) || POINTS_BACK_AFTER_OPENER.test(sentence.text);
}

// After an object "her" comes an article, a preposition or the next clause's verb ("gave her a medal", "a statue of her was
// unveiled"); after a possessive one, a noun.
const NOT_A_NOUN = /^(?:(?:a|an|the|this|that|these|those|some|no|and|or|but|to|in|on|at|by|for|with|from|as|when|after|before|into|out|up|down|off|back|away|was|were|is|are|had|has|have|will|would|could|can|did|does|became|remains?|remained|stands?|stood)\b|\W)/;

const HER_THEN_AMOUNT = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousands|dozens|several|many|few|more|less|longer|much|most|all|both|half|enough|only)\b)/i;

/**
 * In an article about one person, the first "he"/"his" (or "she"/"her") of a
 * stem, before any other personal pronoun, is that person: "The empire he
 * ruled …" -> "The empire Ashoka ruled …". The other gender's pronouns are
 * left alone (they stand for someone else), and so is every later one.
 */
export function resolvePerson(stem: string, sentence: Sentence): string {
  const person = personFor(stem, sentence) ?? onlyOneOfTheirSex(stem, sentence);
  if (!person) return stem;
  const hit = PRONOUNS[person.pronoun].exec(stem);
  const anyPersonal = PERSONAL.exec(stem);
  if (!hit || !anyPersonal || anyPersonal.index !== hit.index || (person.openingOnly && hit.index !== 0)) return stem;
  // A stem that already names them ("Mara wed Tom Venn, and she took the name Venn") would read as two people or as circular.
  // (A stem that opens on the pronoun names no one before it: a later word of the name there is a namesake, "She was born in
  // Sydney" about Sydney Marsh, unless the whole name is written.)
  const nameWords = hit.index === 0 ? [person.name] : person.name.split(/\s+/).filter((w) => w.length > 2);
  if (nameWords.some((w) => namedIn(stem, w, person.name))) return stem;
  const word = hit[0].toLowerCase();
  const next = stem.slice(hit.index + hit[0].length).trimStart();
  // ("The boat was hers" -> "The boat was Mara's".)
  const possessive = word === "his" || word === "hers" || (word === "her" && /^[a-z]/.test(next) && !NOT_A_NOUN.test(next));
  if (/self$/.test(word)) return stem;
  // An object "him"/"her" after a full name that is not theirs ("defeated the rebel Tal Orren at sea and took him to …"): the
  // pronoun may well mean the one just named, so it is left as written.
  if ((word === "him" || (word === "her" && !possessive)) && otherFullNameBefore(stem.slice(0, hit.index), person.name)) return stem;
  // "The crossing took her nine days", "It took her longer": a count or a comparison after "her" may be what she was given or
  // what was hers ("her nine children"); either name would be a guess.
  if (word === "her" && HER_THEN_AMOUNT.test(next)) return stem;
  return stem.slice(0, hit.index) + (possessive ? `${person.name}'s` : person.name) + stem.slice(hit.index + hit[0].length);
}

// Two or more capitalised words running together: a full name (a person's or a place's).
const FULL_NAME = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+)/gu;

/** Whether a full name other than the person's stands in the text (not at its opening, where a capital is the sentence's). */
function otherFullNameBefore(text: string, name: string): boolean {
  const own = new Set(name.split(/\s+/));
  for (const m of text.matchAll(FULL_NAME)) {
    const words = m[1]!.split(" ").filter((w) => !OPENER.has(w) && !TITLE_WORD_SET.has(w) && !HONORIFIC.test(w));
    if (words.length >= 2 && !words.some((w) => own.has(w.replace(/['’]s$/, "")))) return true;
  }
  return false;
}

// Titles of address besides the ranks and offices of titles.ts ("Madame Curie", "Countess Lovelace").
// ("Saint" is there already; the word read before a name holds no stop, so none is allowed for.)
const HONORIFIC = /^(?:Miss|Madame|Madam|Mme|Monsieur|Dame|Count|Countess|Earl|Baron|Baroness|Prof|St|Father|Sister|Brother|Mother|Reverend|Judge|Senator)$/;
// A word of kinship or marriage just before a full name ("married Tomas Venn", "one of his grandsons, Karl Holt", "her son, the
// young Otto Venn"): the name is the relative's, introduced as such.
const KIN_BEFORE = new RegExp(
  String.raw`\b(?:${kinAlternation(["married", "wed", "marry", "widow", "widower", "heir", "child", "grandchild"], CLOSE_KIN, SPOUSES, GRANDCHILDREN, GRANDPARENTS, NEPHEWS_AND_COUSINS, STEPCHILDREN, STEPPARENTS)})(?:s|ren)?,? (?:[a-z]+ ){0,2}$`,
);
/**
 * Whether a word of the person's name stands in the stem for them. Their surname closing a relative's full name, introduced as
 * a relative ("she married Tomas Venn" about Ada Venn, "his brother Karl Holt"), is that relative's: the stem names someone
 * else, not them. A namesake named without a kin word ("After Otto Holt was crowned, he …" about Karl Holt) may be whom the
 * pronoun means, so there the stem counts as naming the family and the pronoun is left alone.
 */
function namedIn(stem: string, word: string, name: string): boolean {
  const words = name.split(/\s+/);
  const surname = words.length > 1 && word === words[words.length - 1];
  for (const m of stem.matchAll(new RegExp(`\\b${escapeRegExp(word)}\\b`, "g"))) {
    const before = /(?:^|\s)([A-Z][\p{L}'’-]+) $/u.exec(stem.slice(0, m.index))?.[1];
    // (A title before it, "Madame Curie", "Dr Holt", is the person themself.)
    const relative =
      surname && before !== undefined && !words.includes(before) && !OPENER.has(before) && !TITLE_WORD_SET.has(before) && !HONORIFIC.test(before) &&
      KIN_BEFORE.test(stem.slice(0, m.index - before.length - 1));
    if (!relative) return true;
  }
  return false;
}

/**
 * In an article about one person, their pronoun among names of the other sex only ("Inspired by Tomas Brandt's survey, she
 * mapped …" in an article about a woman) can only be them: when neither the whole sentence (a person named after the pronoun,
 * "When Tomas wrote to her, Ada …", or in a clause the stem leaves out) nor the sentence before (`othersBefore`) names anyone
 * else of their sex who might be meant, by name or by a word for one ("his wife", "the queen"). Of the other sex means shown
 * so by the article (`titlePerson.ofOtherSex`, by `shownGender`): the given-name lexicon alone is wrong for many real names.
 */
function onlyOneOfTheirSex(stem: string, sentence: Sentence): Sentence["person"] {
  const person = sentence.titlePerson;
  const hit = PERSONAL.exec(stem);
  // (A word for someone of their sex, "his wife", "the queen", was read once for the sentence: `namedByWord`.)
  if (!person?.ofOtherSex || person.othersBefore || person.namedByWord || !hit || !PRONOUNS[person.pronoun].test(hit[0])) return undefined;
  const shownWords = new Set(person.ofOtherSex.flatMap((name) => name.split(/\s+/).map((w) => w.replace(/['’]s\b/, "").replace(/[^\p{L}'’-]/gu, ""))));
  const words = sentence.text.split(/\s+/).map((w) => w.replace(/['’]s\b/, "").replace(/[^\p{L}'’-]/gu, ""));
  for (const [i, word] of words.entries()) {
    if (!/^[A-Z][a-z]/.test(word) || OPENER.has(word)) continue;
    if (shownWords.has(word)) continue;
    const tags = seenWordTags(word) ?? [];
    if (tags.some((t) => t === "Person" || t === "MaleName" || t === "FemaleName") || (i > 0 && mayNamePerson(word, words[i - 1] ?? "", hit[0]))) return undefined;
  }
  return { name: person.name, pronoun: person.pronoun };
}

// First names both sexes bear, though the word list gives them one: never proof that a pronoun means someone else.
const EITHER_SEX_NAMES = new Set("Alex Sam Sidney Sydney Jordan Taylor Leslie Lesley Robin Jean Francis Chris Pat Kim Terry Jamie Charlie Morgan Casey Billie Jo Evelyn Marion Jules Max Ashley Shirley Carol Dana Kelly".split(" "));

/**
 * The sex a name (or a first name) is of, as the article's words were tagged: "he", "she", "either" (tagged both ways, or a
 * first name both bear) or undefined (no first name's tag).
 */
function sexOf(word: string | undefined, tags = word ? seenWordTags(word) : undefined): "he" | "she" | "either" | undefined {
  if (!word) return undefined;
  const male = Boolean(tags?.includes("MaleName"));
  const female = Boolean(tags?.includes("FemaleName"));
  if (EITHER_SEX_NAMES.has(word) || (male && female)) return "either";
  return male ? "he" : female ? "she" : undefined;
}
/** Whether a name is of the other sex than the pronoun's by the tagger's word list (never the article's own evidence). */
export function ofOtherSex(word: string | undefined, pronoun: string, tags?: string[]): boolean {
  const sex = sexOf(word, tags ?? (word ? seenWordTags(word) : undefined));
  return sex === "he" ? PRONOUNS.she.test(pronoun) : sex === "she" ? PRONOUNS.he.test(pronoun) : false;
}

/**
 * The article's person whom a pronoun in this text may stand for. Where another person is named later in the sentence
 * (`openingOnly`), only the sentence's own opening pronoun is theirs: a text that begins with a later clause (its first
 * two words not the sentence's) gets none.
 */
export function personFor(text: string, sentence: Sentence): Sentence["person"] {
  const person = sentence.person;
  const firstTwo = (t: string) => t.split(/\s+/).slice(0, 2).join(" ");
  return person && (!person.openingOnly || firstTwo(text) === firstTwo(sentence.text)) ? person : undefined;
}

/**
 * In an article about one woman, a "his" whose only name before it is hers
 * stands for a man the stem does not name ("Harriet thought that his widow …"):
 * the reverse for an article about one man.
 */
function otherGenderUnnamed(stem: string, sentence: Sentence): boolean {
  const person = sentence.titlePerson;
  if (!person) return false;
  const hit = PRONOUNS[person.pronoun === "she" ? "he" : "she"].exec(stem);
  if (!hit) return false;
  const nameWords = new Set(person.name.split(/\s+/));
  const namesBefore = stem
    .slice(0, hit.index)
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/[^\w'’-]/g, "").replace(/['’]s$/, ""))
    .filter((w) => /^[A-Z][a-z]/.test(w) && !OPENER.has(w));
  return namesBefore.every((w) => nameWords.has(w));
}

/** Prefix a stem with the sentence before (same section), when the stem points back to it. */
export function withContext(stem: string, sentence: Sentence, previous: Sentence | undefined): string | null {
  stem = resolvePerson(stem, sentence);
  // (Where the sentence before is shown, the other sex's pronoun may be whom it names: checked below, on both.)
  const otherSex = otherGenderUnnamed(stem, sentence);
  const pointsBack = needsContext(sentence);
  if (otherSex && !pointsBack) return null;
  // (The stem's terms are read once, for dangles and for the "it" check below.)
  const stemTerms = /\bits?\b/i.test(stem) ? taggedFromSentences(stem) : undefined;
  if (!pointsBack && !dangles(stem, stemTerms)) return stem;
  // "Soon afterwards, two riders came to tell how _____ …": a link of sequence is all that points back, and the claim is as
  // true without it; the stem goes without the link rather than with a sentence before it (which may point back in turn).
  const unlinked = withoutLeadingConnective(stem);
  if (unlinked !== stem && !POINTS_BACK.test(unlinked) && !POINTS_BACK_AFTER_OPENER.test(unlinked) && !dangles(unlinked)) return unlinked;
  // (Nor does an "on this day" page's "On this day," point back: it names the page's date line. See this-day.)
  const undated = withoutThisDay(stem);
  if (undated && !POINTS_BACK.test(undated) && !POINTS_BACK_AFTER_OPENER.test(undated) && !dangles(undated)) return undated;
  // (A list item that is no sentence is no context either: "… her last cart in 1719 It was there that …".)
  if (!previous || previous.section !== sentence.section || previous.listItem) return null;
  const previousWords = previous.text.split(/\s+/).length;
  if (previousWords > LONGEST_CONTEXT) return null;
  // The sentence before may itself open with an "It" already resolved ("It was signed …" -> "The agreement was signed …").
  // Its own "he" may be the article's person too ("As a patron of the arts, he …" -> "…, Ashoka …").
  // (Shown before the stem, it goes without a story's "Finally, in 1911," as a stem does: "In 1911, the club …".)
  const context = withoutStoryFinally(shownAsContext(previous));
  // After a sentence naming the article's person and another ("He met the scholar Ahmad …"), this one's "his" could be either's.
  if (previous.person?.openingOnly && PRONOUNS[previous.person.pronoun].test(stem)) return null;
  if ((!previous.subject && needsContext(previous)) || dangles(context)) return null;
  // A thing's "it" that only the sentence before can settle: that sentence must name one thing and no second.
  if (stemTerms && unboundIt(stemTerms) && singularThings(taggedFromSentences(context)) !== 1) return null;
  const shown = `${context} ${stem}`;
  // "Her father, Tam, built boats. He taught her …": the "he" an article about one woman never names alone is the man the
  // sentence shown names; with no other name before it, it is still no one the reader knows.
  if (otherSex && (otherGenderUnnamed(shown, sentence) || !namesOneOfSex(context, sentence.titlePerson!, sentence.titlePerson!.pronoun === "she" ? "he" : "she"))) return null;
  // A long sentence before is shown only while the two stay short enough to read as one stem (judges passed such stems of up to
  // about 55 words; most of the longer ones failed for other reasons).
  if (previousWords > LONG_CONTEXT && shown.split(/\s+/).length > LONGEST_SHOWN) return null;
  return shown;
}

// Words before a place's name ("moved to a house in Tarrow"); not "of", "to", "by", "for", which may come before a person's.
const PLACE_WORD_BEFORE = /^(?:in|at|into|near|across|towards|around|through|on)$/i;
/**
 * Whether a sentence shown before a stem names one person of this sex, and no second, for the stem's pronoun to mean: a name
 * the article tagged as a person's (not of the other sex), or one a word for a person of that sex or of either introduces
 * ("her father, Tam,", "her teacher, Joss Arden,"), or such a word alone ("her father"). A place ("the city of Tarrow") is no
 * one, and "her father, Osk, and her brother, Pell," are two whom a "he" may mean, as are "she married Davin Holt, and her
 * brother Tomas joined the firm".
 */
function namesOneOfSex(context: string, person: { name: string }, sex: "he" | "she"): boolean {
  const titleWords = new Set(person.name.split(/\s+/));
  const words = context.split(/\s+/);
  const bare = (w: string) => w.replace(/['’]s\b/, "").replace(/[^\p{L}'’-]/gu, "");
  const isName = (w: string, j: number) => /^[A-Z][a-z]/.test(bare(w)) && !(j === 0 && OPENER.has(bare(w)));
  let sure = 0;
  let people = 0;
  for (let j = 0; j < words.length; j++) {
    if (isName(words[j]!, j)) {
      // A run of capitalised words is one name ("Osk Varsk"); the title person's own words in it are hers.
      let end = j;
      while (end + 1 < words.length && !/[,;:.]$/.test(words[end]!) && isName(words[end + 1]!, end + 1)) end++;
      const own = words.slice(j, end + 1).map(bare).filter((w) => !titleWords.has(w));
      const introduced = j > 0 && mayMeanPersonWord([bare(words[j - 1]!)], 0, sex);
      const tagged = own.some((w) => seenWordTags(w)?.some((t) => /^(?:Person|FirstName|MaleName|FemaleName)$/.test(t)));
      // (A name neither tagged nor introduced may still be a man's, "she married Davin Holt": it counts as a second, though it
      // settles no one; not one after a word of place, "the city of Tarrow".)
      const mayBeOne = own.length > 0 && !own.some((w) => ofOtherSex(w, sex) || seenWordTags(w)?.some((t) => t === "Place" || t === "Organization"));
      if (mayBeOne && (introduced || tagged)) sure++;
      else if (mayBeOne && !(j > 0 && PLACE_WORD_BEFORE.test(bare(words[j - 1]!)))) people++;
      j = end;
      continue;
    }
    // ("her father" with no name after it.)
    if (personWordAt(words, j) === sex && !isName(words[j + 1] ?? "", j + 1)) sure++;
  }
  return sure === 1 && people === 0;
}

/**
 * The longest sentence before that is ever shown with a stem, the length past which it counts as long, and the longest stem
 * a long one may make (in words).
 */
const LONGEST_CONTEXT = 40;
const LONG_CONTEXT = 30;
const LONGEST_SHOWN = 52;

// (Not "such as", which opens examples of the words before it.)
const THING = /\b(?:it|its|they|them|their|this|these|those|such(?! as\b))\b/i;
const OPENER = new Set("The A An In On At When After Before During Since Although As Because If While Inside Following Under Over Once Until By For From With Without Among Despite Through Like Unlike Only Even Then Later Soon Today Its His Her Their This That These Those It He She They Some Many Most Each Every".split(" "));

const POINTING_VERB = "(?:is|was|are|were|works|happens|happened|means|meant|shows|showed|led|leads|made|makes)";
// "this" standing alone for an earlier idea; "that" only where it cannot close a noun's relative clause (after a conjunction,
// a preposition; after a comma only as "…, that is why" or "…, that led to …": "a block of dark basalt, that is about a metre
// tall" is the block).
const POINTING_SUBJECT = new RegExp(
  `\\b(?:this|these|those)\\s+${POINTING_VERB}\\b|(?:^|[;:]\\s*|\\b(?:and|but|so|because|how|why|what|of|in|on|to|for|from|by|with|is|was|are|were|all|see|shows?|says?|explains?)\\s+)that\\s+${POINTING_VERB}\\b|,\\s*that\\s+(?:(?:is|was)\\s+(?:why|how|what|when|where|because)|(?!(?:is|was|are|were)\\b)${POINTING_VERB})\\b`,
  "i",
);

const FIGURE = "(?:graph|chart|figure|diagram|picture|image|map|table|photo|video)";
// ", as this graph shows", ", as shown in the diagram below", " (see the map)": a closing pointer to a figure, after a claim that stands without it.
const FIGURE_POINTER = new RegExp(
  `(?:,? as (?:(?:this|that|the|these|the following) ${FIGURE}s? (?:below |above |here )?(?:shows?|illustrates?|demonstrates?|makes? clear)|(?:is |are )?shown (?:in|on|by) (?:this|that|the|these) ${FIGURE}s?(?: below| above| here)?|you can see (?:in|on|from) (?:this|that|the) ${FIGURE}(?: below| above| here)?)| \\((?:see|as shown in) (?:the |this )?${FIGURE}(?: \\d+| below| above)?\\))(?=[.!]$)`,
  "i",
);

const FIGURE_MENTION = new RegExp(`\\b(?:this|that|the|these|the following) ${FIGURE}s?\\b`, "i");
// A part of a drawing ("the shaded area", "the curve", "beyond it"): without the pointer the reader would not know it is in a figure.
const FIGURE_PART = /\b(?:shaded|dotted|dashed|red|blue|green|(?:the|this|that) (?:line|curve|bars?|columns?|arrows?|axis|area|point|peak))\b|\b(?:it|them)\b/i;
// "If you plot …", "a graph of supply against price": the sentence says itself what is drawn, so its parts need no figure.
const SAYS_WHAT_IS_PLOTTED = /\b(?:graph|plot|chart) of\b|\bplot\b/i;

/**
 * The sentence without a closing pointer to a figure the quiz cannot show ("If you plot …, the line climbs, as this chart
 * shows." -> "If you plot …, the line climbs."). Where the rest talks of the figure's parts and does not say what is
 * plotted ("Prices are higher in the shaded area"), the pointer stays: it is the only sign that the claim needs the figure.
 */
export function cutFigurePointer(text: string): string {
  const m = FIGURE_POINTER.exec(text);
  if (!m) return text;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return FIGURE_PART.test(rest) && !SAYS_WHAT_IS_PLOTTED.test(rest) ? text : rest;
}

// A clause whose subject is a body of people ("Tolen's crew of six crossed …", "The survey party set off and …"): its
// "their" after a preposition ("returned to their base"), a "they" opening its next clause, and a "them" after a later
// verb and its object ("… and found the tent waiting for them") mean that body. A "their"/"them" the body's verb acts on
// ("found their tent", "searched for them") may be whoever it went to find, and a body sent to find or fight others
// (search, rescue, relief; an army, a council) is left out.
const COLLECTIVE_SUBJECT = /^(?:When did )?(?:(?:[A-Z][a-z]+ )?[A-Z][a-z]+['’]s (?:[a-z-]+ )?|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur) (?!(?:search|rescue|relief|raiding|war)\b)(?:[a-z-]+ )?)(?:group|team|party|crew|expedition|family|couple|band|delegation)\b/;
function collectiveMeans(before: string, pronoun: string): boolean {
  if (!COLLECTIVE_SUBJECT.test(before)) return false;
  const word = pronoun.toLowerCase();
  if (word === "their") return /\b(?:to|in|on|at|from|into|towards?|inside|near|by) $/.test(before);
  if (word === "they") return /(?:,? (?:and|but|so|then)|;) $/.test(before);
  return /\b(?:and|then) [a-z]+ (?:the|a|an|its) [\w -]+ (?:waiting for|with) $/.test(before);
}

// A word capitalised only because it opens a sentence ("Around that time, his niece …", "Eventually her brother …"): a
// preposition, a link or an adverb, which compromise's word list knows, is never the name a "his" goes back to. Only the first
// word: further in, a capital marks a name, even one the word list also knows ("Young", "Hardy", "Connolly").
const NOT_A_NAME_TAG = /^(?:Preposition|Conjunction|Adverb|Determiner|Adjective)$/;
// (A word followed at once by its verb is the subject, a name: "Young led his followers …", "Connolly led his men …".)
function capitalisedByPlace(word: string, next = ""): boolean {
  if (/^(?:PastTense|Participle|PresentTense)$/.test(LEXICON[next] ?? "") || /^[a-z]{3,}ed$/.test(next)) return false;
  return NOT_A_NAME_TAG.test(LEXICON[word.toLowerCase()] ?? "") || /^[A-Z][a-z]{3,}ly$/.test(word);
}

/**
 * Whether the name after an opening phrase can be whom its "her"/"his" means: not a name the tagger reads as the other
 * sex's ("After her death, Henry married …" is some woman's death, not Henry's) nor an institution's.
 */
function mayBeOwnerOf(name: string, pronoun: string): boolean {
  const tags = seenWordTags(name) ?? tagged(name)[0]?.tags ?? [];
  // ("After his death, Queen Ada …": a title of the other sex is no owner of the pronoun either.)
  const titleSex = personWordAt([name.toLowerCase()], 0);
  if ((titleSex === "he" && PRONOUNS.she.test(pronoun)) || (titleSex === "she" && PRONOUNS.he.test(pronoun))) return false;
  // (A name ever tagged as the other sex's may be theirs: owning the pronoun is not sure.)
  return !ofOtherSex(name, pronoun, tags) && !(sexOf(name, tags) === "either" && !EITHER_SEX_NAMES.has(name)) && !tags.includes("Organization");
}

// A linking word or phrase that opens the stem and ties it to a sentence before, not shown.
export const LINK_BACK = new RegExp(`^(?:${LINKS})\\b`);
// "there" as a place: not the "there" of "there was …", "there are …" (nor "Is there …", which it follows).
// ("There's no record …", "there used to be …", "There usually are …", "There stands a statue …"; "here and there", "then and
// there" are no place either.)
const THERE_AS_PLACE = /(?<!\b(?:here|then) and )\bthere\b(?!['’](?:s|d)\b| and back\b| (?:(?:still |also |once |then |now |soon |already |never |always |later |often |usually |sometimes |[a-z]+ly )?(?:is|are|was|were|be|been|being|has|have|had|will|would|may|might|could|can|must|should|seems?|seemed|appears?|appeared|remains?|remained|lived|lives|existed|exists?|came|comes|arose|arise|used to|stands?|stood|followed|began|tends?|tended)\b))(?<!\b(?:is|are|was|were|be|been|has|have|had) there)/i;
// "The walls there are thick": after its noun, "there" before a verb of being places the noun, it opens no "there are".
const NOUN_THERE = /\b(?:the|these|those|its|their|many|most|some|all) [a-z]{3,} there (?=(?:is|are|was|were)\b)/i;
// "here" as a place ("Mosses grow here where …"): cut from the text before it, it points at nothing. ("here and there", "there and
// here" are no place.)
const HERE_AS_PLACE = /(?<!\b(?:there|then) and )\bhere\b(?! and there\b)/i;
// A place named in the stem: a capitalised name after a word of place or motion ("in Tarrow", "reached Velm"), or "where".
// ("reached the ridge", "camped in a valley": a common noun after a word of place or motion names the place too.)
// (Not "from X", "left X", "of X": a place the "there" is not, "merchants from Tallin came there".)
const PLACE_NAMED =
  /\b(?:in|at|to|for|by|through|into|near|reach(?:ed|es)?|visit(?:ed|s)?|enter(?:ed|s)?|across|towards?|inside|around|outside)(?: the)? (?:_____|[A-Z])|\b(?:in|at|to|into|near|reach(?:ed|es)?|visit(?:ed|s)?|enter(?:ed|s)?|towards?|inside)(?: the| a| an) [a-z]{3,}|\bwhere\b/;
// A place the text opens on as its subject, then says where or what it is ("Lake Orma is deep, and fish live there", "The
// nearest village was far away, and getting there …").
// (Not a person's name, and not a passive, "Charles was crowned there": the copula says what the subject is or where it lies.)
const PLACE_SUBJECT = /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}|The (?:[a-z]+ ){0,2}[a-z]+) (?:is|was|are|were|lies|lay|stands|stood) (?![a-z]+(?:ed|en)\b)/;
function opensOnPlace(text: string): boolean {
  const subject = PLACE_SUBJECT.exec(text)?.[1];
  // (Not "The walls there are …": that subject is placed by the "there", not a place itself.)
  return Boolean(subject) && !/ (?:there|here)$/.test(subject!) && !subject!.split(" ").some((w) => seenWordTags(w)?.includes("Person"));
}

// Not a person's name: a number or a date as the article's words were read, or a capitalised word with no person's tag after a
// word of time or place ("before Arnholt he …") or, in the plural, after "the" ("the Velsians … him": a people).
// (Tags alone say little: a name read once as a place, "Rosa", or a verb, "Parks", is a person all the same. Only a first name's
// sex is sure enough to go by.)
const NOT_A_PERSON_TAG = /^(?:Month|WeekDay|Date|Value|Cardinal)$/;
const TIME_OR_PLACE_WORD = /^(?:before|after|at|in|on|near|from|into|towards?|across|since|until|during)$/i;
function mayNamePerson(word: string, wordBefore: string, pronoun: string): boolean {
  const tags = seenWordTags(word);
  // A name of the other sex ("Tomas Brandt" before a "she"): its first name, or the name itself, tagged as the other's.
  if (ofOtherSex(word, pronoun, tags) || (/^[A-Z]/.test(wordBefore) && ofOtherSex(wordBefore.replace(/[^\p{L}'’-]/gu, ""), pronoun))) return false;
  if (!tags || tags.includes("Person")) return true;
  if (tags.some((t) => NOT_A_PERSON_TAG.test(t))) return false;
  const before = wordBefore.replace(/\W/g, "");
  return !TIME_OR_PLACE_WORD.test(before) && !(/^the$/i.test(before) && /[a-z]s$/.test(word));
}

/**
 * A pronoun or pointing word with nothing before it to point to: "Inside it,
 * the …", "… started in 1661, when he came ashore". A person's pronoun needs a
 * name before it; a thing's needs a noun. `terms`: the text's terms, when the caller has read them already.
 */
export function dangles(text: string, terms?: TaggedTerm[]): boolean {
  if (terms) return danglesIn(text, terms);
  // One stem is asked about by several checks: answered once while the article's word tags (which it reads) stay as they are.
  return dangling(text, () => danglesIn(text));
}
const dangling = wordTagsMemo<boolean>();

/**
 * A word before a person's pronoun that may be whom it means: a word for a person of its sex or of either ("the winner … he"),
 * or a blank opening the stem or a clause ("When _____ won, he …"; not "In _____, he", "Around the year _____, his son …").
 */
const CLAUSE_JOIN = /^(?:and|but|or|that|when|while|because|who|whom|which|after|before|until|as|if|so|then)$/i;
function mayBePersonWord(words: string[], i: number, pronoun: string): boolean {
  // ("_____ carries him home": the blank is the clause's subject, and no subject is its own "him". A joining word right before
  // "him" is its preposition, "looks after him", and opens no clause.)
  const between = words.slice(i + 1);
  if (/^_____/.test(words[i]!) && /^him$/i.test(pronoun) && !between.some((w, k) => /[,;:]$/.test(w) || (CLAUSE_JOIN.test(w) && k < between.length - 1))) return false;
  if (/^_____/.test(words[i]!)) return /^(?:|when|while|and|but|that|because|whom|then|as)$/i.test((words[i - 1] ?? "").replace(/\W/g, ""));
  return mayMeanPersonWord(words, i, PRONOUNS.she.test(pronoun) ? "she" : "he");
}

/**
 * Where the clause of an object pronoun starts among the words before it (their count when the pronoun is no verb's object):
 * "In _____ the Guild named her as …" -> the clause is all of it.
 */
function objectOfOwnClause(text: string, at: number, before: string[]): number {
  const verb = (before[before.length - 1] ?? "").toLowerCase();
  if (OBJECT_PRONOUN.exec(text.slice(at))?.index !== 0) return before.length;
  if (!(IRREGULAR_PAST_WORD.test(verb) || /^[a-z]{3,}ed$/.test(verb) || /^(?:gives|gave|named|names|made|makes|told|tells|sent|sends)$/.test(verb))) return before.length;
  let start = 0;
  before.forEach((w, k) => {
    if (k < before.length - 1 && (/[,;:]$/.test(w) || (CLAUSE_JOIN.test(w) && k > 0) || /^to$/i.test(w))) start = k + 1;
  });
  return start;
}

/**
 * "The duke gave him the rank of marshal": a text whose first person's pronoun is the object of its own clause's verb, with no
 * word before that clause (nor an owner, "Ada's aunt") to say whom it means. Read where a line is shown without the sentence
 * before it (a timeline's items).
 */
export function objectPronounUnnamed(text: string): boolean {
  const personal = PERSONAL.exec(text);
  if (!personal) return false;
  const before = text.slice(0, personal.index).split(/\s+/).filter(Boolean);
  return before.length > 0 && objectOfOwnClause(text, personal.index, before) === 0 && !before.some((w) => /['’]s$/.test(w));
}

// An opening phrase before a clause's subject ("Together with her brothers, Ada …"), and a clause after an opening date or place
// ("In 1790, when he was twelve, Tobin …"): a pronoun in either may be whom the clause then opens on.
const OPENING_PHRASE = /^([^,]{3,80}), ([A-Z][a-z]+)/;
const CLAUSE_AFTER_OPENER = /^((?:In|By|On|At) [^,]{2,30}, (?:when|after|while|before|once|as|although|though|because|since) [^,]{3,60}), ([A-Z][a-z]+)/;
// "her" as an object ("gave her a workshop", "sent her home", "named her."), not an owner ("her portrait").
const OBJECT_HER = /\bher\b(?= (?:a|an|the|to|at|in|on|from|with|back|away|home|and|but|that|as|for|into|out|up|down|off)\b|[.,;!?]|$)/;

/**
 * Whether the main clause after "In 1805, when he was 17," may open on whom its "he" means: not a place ("London was …"), and
 * not a name whose own clause then acts on "him" or "her" ("Admiral Crane made him a midshipman": the subject would be
 * "himself"). An owner may be ("Tobin's uncle sent him to sea").
 */
function mainClauseMayBeTheirs(main: string, pronoun: string): boolean {
  const name = /^[A-Z][a-z]+/.exec(main)?.[0] ?? "";
  if (/^[A-Z][a-z]+['’]s\b/.test(main)) return true;
  if ((seenWordTags(name) ?? tagged(name)[0]?.tags ?? []).includes("Place")) return false;
  const own = main.split(/[,;:]/)[0]!;
  return PRONOUNS.she.test(pronoun) ? !OBJECT_HER.test(own) : !/\bhim\b/i.test(own);
}

const SOURCE_OPENING = /^According to [^,]+,(?: (?:who|whom|whose|which)\b[^,]*,)? /i;

function danglesIn(text: string, terms?: TaggedTerm[]): boolean {
  const personal = PERSONAL.exec(text);
  if (personal) {
    // "According to the historian Vell, who wrote later, he burned …": the source the opening cites is not whom the clause's
    // pronoun means (it would say "he wrote"), so no word of that phrase names him. (A source of his own, "According to
    // Ormo's letters, he …", still names him.)
    const cited = SOURCE_OPENING.exec(text)?.[0] ?? "";
    const source = /[A-Z][\w-]*['’]s\b/.test(cited) ? 0 : cited.length;
    const before = text.slice(source <= personal.index ? source : 0, personal.index).split(/\s+/).filter(Boolean);
    // "The guild named her …", "The king gave him …": an object pronoun right after its clause's verb is never that clause's
    // subject (that would be "herself"), so only a word before the clause may name whom it means (or an owner, "Ada's aunt").
    const ownSubjectFrom = objectOfOwnClause(text, personal.index, before);
    const named = before.some((w, i) => (i < ownSubjectFrom || /['’]s$/.test(w)) && ((/^[A-Z][a-z]/.test(w) && !OPENER.has(w.replace(/[^\w]/g, "")) && !(i === 0 && capitalisedByPlace(w.replace(/[^\w]/g, ""), before[1])) && mayNamePerson(w.replace(/[^\p{L}'’-]/gu, ""), before[i - 1] ?? "", personal[0])) || mayBePersonWord(before, i, personal[0])));
    // "Together with her brothers, Ada slipped away": a pronoun in the opening phrase may name whoever the clause then opens on;
    // so may one in a clause after a date or place that opens it ("In 1790, when he was twelve, Tobin won …").
    const phrase = OPENING_PHRASE.exec(text);
    const clause = phrase ? null : CLAUSE_AFTER_OPENER.exec(text);
    const opening = phrase ?? clause;
    // (Not a pronoun that opens the stem as its subject: "She was born in Arn, Norland, …" names no one in "Norland". An opening
    // possessive may: "His army beaten, Harold fled …".)
    const namedAfter = opening && !(personal.index === 0 && /^(?:He|She)$/.test(personal[0])) && personal.index < opening[1]!.length && !OPENER.has(opening[2]!) && !KIND_OF_BODY.test(opening[2]!) && !capitalisedByPlace(opening[2]!) && mayBeOwnerOf(opening[2]!, personal[0]) && !(clause && !mainClauseMayBeTheirs(text.slice(clause[1]!.length + 2), personal[0]));
    if (!named && !namedAfter) return true;
  }
  // "Soon afterwards _____ sails home", "…, however.": a link to a sentence the stem does not show.
  // (", however." closing a stem of one sentence only: a context stem shows the sentence it answers.)
  if (LINK_BACK.test(text) || (/, however[.!]?$/.test(text) && !/[.?!] [A-Z]/.test(text))) return true;
  // "Aldo was crowned there in 1302", "rents a loft there": a place "there" needs the place named before it in the stem.
  // (Not a noun just before it, "the college there": that "there" places the noun somewhere else, still unnamed.)
  const there = THERE_AS_PLACE.exec(text) ?? HERE_AS_PLACE.exec(text) ?? NOUN_THERE.exec(text);
  if (there && !opensOnPlace(text) && !PLACE_NAMED.test(text.slice(0, there.index).replace(/\b(?:the|a|an) [a-z]+ $/, ""))) return true;
  // "it"/"they" early in the stem, before any noun it could stand for ("Inside it, the …").
  const thing = THING.exec(text);
  if (thing && text.slice(0, thing.index).split(/\s+/).filter(Boolean).length < 4) {
    const before = text.slice(0, thing.index);
    if (!/\b(?:the|a|an)\s+[a-z]{3,}|[A-Za-z]+['’]s\s+[a-z]+/i.test(before) && !/\s[A-Z][a-z]+/.test(before)) return true;
  }
  // "wrote them", "their rules": a plural pronoun needs a plural noun (or a list of names) before it.
  const plural = /\b(?:they|them|their)\b/i.exec(text);
  if (plural) {
    const before = text.slice(0, plural.index);
    // (A plural noun as the tagger reads it: a verb's -s, "thanks them", or a span of time, "weeks later", means no one.)
    // (A man and a woman both pointed to before it, "… he was hit …, leaving her to raise their sons", are a pair it may mean.)
    const pair = /\b(?:he|him|his)\b/i.test(before) && /\b(?:she|her|hers)\b/i.test(before);
    if (!pair && !collectiveMeans(before, plural[0]) && !pluralNamedBefore(text, plural.index, terms ?? taggedFromSentences(text)) && !/[A-Z][\w'’-]* (?:and|&) [A-Z]/.test(before)) return true;
  }
  // "… use several tools to correct this.", "Plants do this by …": a demonstrative standing for a whole earlier idea, as the
  // object at the end of a clause or before a preposition (not "this year", "these ships": a noun follows those).
  if (/\b(?:this|these|those)(?=[.,;:!?]|\s*$| (?:by|with|in|at|on|for|when|because|so|and|but|to|is|was|are|were|happens|happened|means|meant)\b)/i.test(text)) return true;
  // "Plants do this through …": a verb standing in for one the sentence before gave ("the first to do this" may mean its own clause); "this _____ is built": the blank is the noun "this" points back with.
  if (/(?<!\bto )\b(?:do|does|did) (?:this|that)(?=[.,;:]| (?:by|through|with|in|on|at|for|because|when|using|via|every|each|as|without|again|too)\b)/i.test(text) || /\b(?:this|these|those) _____/i.test(text)) return true;
  // "From there, merchants shipped …": a place named in the sentence before.
  if (/^(?:From|Beyond|Inside|Within|Near|Across|Around|Along|Past|Through|Over|Under) (?:there|here|it|them)\b/.test(text)) return true;
  // "Otherwise, the crops would have failed": the condition it stands for is in the sentence before, and without it the claim is false.
  if (/^Otherwise\b/.test(text)) return true;
  // A figure the quiz does not show ("as this graph shows").
  if (FIGURE_MENTION.test(text)) return true;
  // "this" standing alone for a whole earlier idea ("how this works", "This happens").
  // ("the best choice that is left" is a relative clause: "that" after a noun points to that noun.)
  if (POINTING_SUBJECT.test(text)) return true;
  // "In 1610 the rebels passed through it": a thing's "it" later in the stem, with no noun before it that it could mean.
  if (/\bits?\b/i.test(text) && unboundIt(terms ?? taggedFromSentences(text))) return true;
  return false;
}

/** "The chief aim of the blockade was Port Arlow." -> "What was the chief aim of the blockade?" */
export function complementQuestion(sentence: Sentence, span: Span): string | null {
  if (sentence.subject || sentence.text.slice(span.end - sentence.start) !== ".") return null;
  const m = /^((?:The|A|An) [a-z][\w'’ -]{2,60}?) (was|is|were|are|became|becomes) $/.exec(sentence.text.slice(0, span.start - sentence.start));
  if (!m || /[,;:]/.test(m[1]!)) return null;
  return `${span.type === "PERSON" ? "Who" : "What"} ${m[2]} ${lowerArticle(m[1]!)}?`;
}

/** A sentence shown before a stem, its settled opening or person's pronoun written out (withContext and check-questions show it so). */
export function shownAsContext(s: Sentence): string {
  return s.subject ? writeOutOpening(s.text, s) : resolvePerson(s.text, s);
}

/** The sentence's text with its resolved opening written out ("It squeezes …" -> "The esophagus squeezes …"). */
export function writeOutOpening(text: string, sentence: Sentence): string {
  if (!sentence.subject) return text;
  const opener = sentence.opener ?? "It";
  // An empty opener: a bullet's verb phrase that carries on its lead-in's doer ("founded a school;" under "He also:").
  if (opener === "") return /^[a-z]/.test(text) ? `${sentence.subject} ${text}` : text;
  return text.startsWith(`${opener} `) || text === opener ? sentence.subject + text.slice(opener.length) : text;
}
