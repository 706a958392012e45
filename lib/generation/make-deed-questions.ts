import { boundedMemo } from "./article-memo";
import { isPeopleWord } from "./demonyms";
import { lookupEntry } from "./gazetteer";
import { CLOSE_KIN, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES } from "./kin-words";
import { isPersonName, worldOfPerson } from "./person-worlds";
import { describesPeopleOnly, timesNamed } from "./story-cast";
import { escapeRegExp, tagWords } from "./find-spans";
import { dangles, looksLikeVerb, OBJECT_PRONOUN, subjectQuestion } from "./question-stems";
import { genderOf, mayMeanPersonWord, PERSON_PRONOUNS } from "./resolve-person-pronouns";
import { choiceQuestion, sourceIn } from "./question-parts";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence, Span } from "./types";
import { verbsAs } from "./verb-forms";

/**
 * Who did a deed of a retold story's plot ("In anger, Tull stabs Orrin." -> "Who stabs Orrin?"), with the story's other
 * characters as options: the plot's main turns are deeds of its characters, and most are told after an opening phrase
 * ("Soon after, at the fair, …", "Remembering the warning, …"), where no "Who …?" stem was made and a blank in the
 * middle of the sentence tested little. The key is the sentence's subject in the active voice (never whom the deed was
 * done to); the deed must say enough to be one character's alone (an object, not "Who dies?"), and no other sentence
 * may tell the same deed of someone else.
 */

// An opening phrase before the subject: a time or place phrase, a purpose, a participle phrase, a short clause of when
// or why. (After the first, a phrase opens in lower case: "Then, during the feast, …".)
const OPENER =
  /^(?:(?:In|On|At|After|Before|During|By|Within|Inside|Outside|Beside|Back|Then|Later|Soon|Next|Finally|Eventually|Meanwhile|Instead|Afterwards|That|This|One|Moments|Years|Days|Weeks|Months)\b[^,;:"“”]{0,50}|[A-Z][a-z]+ly|To [a-z]+(?: [a-z]+){0,3}|[A-Z][a-z]+ing\b[^,;:"“”]{2,60}|(?:When|After|Before|As|Once|While)\b[^,;:"“”]{4,70}), /;
const LATER_OPENER = /^(?:in|on|at|during|after|before|within|inside|outside|beside|with|without|in anger|at last)\b[^,;:"“”]{0,50}, /;
// Words that may describe the doer before the name: "Juliet's hot-tempered cousin Tybalt", "Her son, Pell,", "a pig named Squealer".
// (Never a preposition among them: in "a friend of Bram", "the ghost of Tull", the name is not the doer's.)
const DESCRIBED = String.raw`(?:(?:[A-Z][\w-]+['’]s|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) (?:(?!(?:of|to|for|with|from|by|at|in|on)\b)[a-z][\w-]*,? ){1,3}(?:(?:called|named) )?)?`;
// "Tull, who never forgave the insult, leaves …": an aside on the doer, between the name and the verb; or a noun phrase
// that says who the doer is ("Tull, the miller's eldest son, leaves …"), which a plot names its characters by.
const ASIDE = /^, (?:(?:who|whose) [^,;:"“”]{3,80}|(?:the|a|an|[A-Z][a-z]+['’]s) [^,;:"“”]{3,60}), /;
// "Tull secretly leaves …": a word on how, between the doer and the deed's verb, which the question keeps (it may be what
// makes the deed the doer's alone: "accidentally kills"); or on when ("Tull then leaves …"), which it leaves out.
const MANNER = /^ ((?!(?:only|early|family|holy|likely|ugly|lonely|friendly|jolly|daily|yearly|weekly|monthly|rally|ally|fly|reply|apply|supply|rely)\b)[a-z]{3,}ly|later|then|soon) (?=[a-z]+\b)/;
const WHEN_WORD = /^(?:later|then|soon)$/;
// Verbs that say a state or a change anyone may go through, not a deed: asked, they have many right answers.
const NOT_A_DEED = /^(?:has|had|have|seems?|seemed|becomes?|became|remains?|remained|lives?|lived|dies|died|wants?|wanted|feels?|felt|knows?|knew|tries|tried|begins?|began|starts?|started|returns?|returned|arrives?|arrived|realises|realizes|realised|realized|learns?|learned|learnt|decides?|decided|hopes?|hoped|fears?|feared|cannot|can|will|would|must|may|might|should|could|does|did)$/;
// "is", "was": a deed only as a passive ("is banished from …"), never a description ("is a lively speaker").
const BE = /^(?:is|are|was|were)$/;
// An object this short still makes the deed one person's when it names a character ("Who stabs Orrin?").
const SHORTEST_BODY_WORDS = 3;
// Words for one of a character's people, before the name that introduces them ("his cousin Orrin", "her son, Pell").
const KIN_BEFORE = new RegExp(
  String.raw`\b(?:${kinAlternation(CLOSE_KIN, SPOUSES, NEPHEWS_AND_COUSINS, ["friend", "servant", "rival", "master", "nurse", "named", "called"])}),? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b`,
  "g",
);
// A place or a thing the article names ("a village called Harrow", "a boat named Gull"): never one of the characters.
const THING_NAMED = /\b(?:village|town|city|hamlet|kingdom|country|land|island|river|lake|hill|mountain|valley|forest|wood|farm|house|inn|tavern|castle|manor|estate|street|port|harbour|school|ship|boat|vessel|ferry|book|song|poem|game|company|place|region) (?:named|called),? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g;
// … or "the village of Eskdal": a place by its kind (a house or a family of, "the house of Capulet", may be people).
const PLACE_OF = /\b(?:village|town|city|hamlet|kingdom|country|island|port|region|province|county|valley|district|parish) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g;

// A capitalised word and a verb after it ("Corrin keeps"), not an adverb ("Soon afterwards").
const ACTING_NAME = /(?<![\w'’-])([A-Z][a-z]{2,}) ((?![a-z]+(?:ly|wards?)\b)[a-z]+(?:s|ed))\b/g;

interface Cast {
  names: string[];
  /**
   * The characters the tagger read as people or the article introduces as one ("his son, Pell"): the only keys (a name
   * found by its shape alone, "Corrin keeps …", is only an option).
   */
  keys: Set<string>;
}

// A name whose last word is a place's (a wood, a hill, a farm) is a place the tagger took for a person.
const PLACE_HEAD = /\s(?:Wood|Forest|Hill|Hills|Mountain|Castle|Farm|River|Lake|Street|Hall|House|Abbey|Church|Bridge|Island|Bay|Valley|Park|Tower|Gate|Road)$/;
// A ruler's number ("James VI"): a real person of history, never one of a story's cast.
const REGNAL = /\s[IVX]+$/;

/**
 * The story's characters, not of the real world round the story (its author, a ruler it stands for): the people the
 * tagger names, and those the article introduces by a tie or a name ("her cousin Orrin", "a dog named Pell"), never a
 * name the article also reads as a place or a body unless it introduces it so. Null where the article retells no work,
 * or names too few characters for three wrong options.
 */
function castOf(namedBySentence: Span[][], articleText: string): Cast | null {
  const spans = namedBySentence.flat();
  const tagged = spans.filter((s) => s.type === "PERSON").map((s) => s.text);
  if (!tagged.some((n) => worldOfPerson(n, articleText) === "story")) return null;
  const otherKind = new Set(spans.filter((s) => s.type !== "PERSON").map((s) => s.text));
  const things = new Set([...articleText.matchAll(THING_NAMED), ...articleText.matchAll(PLACE_OF)].map((m) => m[1]!));
  const introduced = new Set([...articleText.matchAll(KIN_BEFORE)].map((m) => m[1]!).filter((n) => !things.has(n) && (!lookupEntry(n) || lookupEntry(n)!.type === "CITY")));
  const actors = new Set<string>();
  // A one-word name that acts ("Corrin keeps …") and is never a common word in lower case: a character the tagger missed.
  // (What the name alone decides is asked once per name, not at each of its verbs: two of its checks scan the whole article.)
  const nameFits = new Map<string, boolean>();
  for (const m of articleText.matchAll(ACTING_NAME)) {
    const n = m[1]!;
    if (introduced.has(n) || actors.has(n) || things.has(n) || !looksLikeVerb(m[2]!)) continue;
    let fits = nameFits.get(n);
    if (fits === undefined) nameFits.set(n, (fits = actingNameFits(n, articleText, otherKind)));
    if (fits) actors.add(n);
  }
  // (Not the work's own name, "Ulfrun is a tale …", where the article never names it otherwise.)
  const people = [...new Set([...tagged, ...introduced, ...actors])].filter((n) => !onlyTheWork(n, articleText) && !things.has(n));
  // (A character named once is still one of the story's people, fair as a wrong option; the key acts twice at least.)
  const all = people.filter((n) => {
    const world = worldOfPerson(n, articleText);
    if (!isPersonName(n) || PLACE_HEAD.test(n) || REGNAL.test(n) || isPeopleWord(n) || world === "real" || describesPeopleOnly(n, articleText)) return false;
    if (!introduced.has(n) && (otherKind.has(n) || (lookupEntry(n)?.type ?? "PERSON") !== "PERSON")) return false;
    return world === "story" || introduced.has(n) || actors.has(n) || timesNamed(n, articleText) >= 2;
  });
  // One character under two names ("Mr Vell", "Vell"): the name told more often stands for both.
  const words = (n: string) => n.split(/\s+/);
  // (Not a family name two characters share, "Vell" of "Ada Vell" and "Tam Vell", nor a given name, "Nell" of "Nell Tarr" and
  // "Nell Brisk": alone it is neither, and no option.)
  const one = all.filter((n) => !familyOfTwo(n, articleText));
  const names = one.filter((n) => !one.some((o) => o !== n && (words(o).every((w) => words(n).includes(w)) || words(n).every((w) => words(o).includes(w))) && timesNamed(o, articleText) >= timesNamed(n, articleText) && (timesNamed(o, articleText) > timesNamed(n, articleText) || o.length > n.length)));
  return names.length >= 4 ? { names, keys: new Set([...tagged, ...introduced]) } : null;
}

/**
 * A one-word name the article writes after two different given names ("Ada Vell", "Tam Vell"): a family's, not one person's;
 * or before two different family names ("Nell Tarr", "Nell Brisk"): a given name two characters share, alone neither's.
 */
function familyOfTwo(name: string, articleText: string): boolean {
  if (/\s/.test(name)) return false;
  const given = new Set([...articleText.matchAll(new RegExp(`(?<![\\w'’-])([A-Z][a-z]+) ${escapeRegExp(name)}(?![\\w-])`, "g"))].map((m) => m[1]!).filter((w) => !LEADING.test(w)));
  if (given.size >= 2) return true;
  const family = new Set([...articleText.matchAll(new RegExp(`(?<![\\w'’-])${escapeRegExp(name)} ([A-Z][a-z]+)(?![\\w'’-])`, "g"))].map((m) => m[1]!));
  return family.size >= 2;
}
// Words that open a sentence or a title before a name, never a given name.
const LEADING = /^(?:The|A|An|And|But|When|Then|Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|King|Queen|Uncle|Aunt)$/;

/** A one-word name that acts, as a character: no place or word the lexicons know, named twice, inside a sentence too. */
function actingNameFits(n: string, articleText: string, otherKind: ReadonlySet<string>): boolean {
  if (lookupEntry(n) || timesNamed(n, articleText) < 2) return false;
  // (Named inside a sentence too, after a small word or a comma, and never "the …": "the Friar" is a role, "All" an opening word;
  // nor only after another capitalised word: "Lantern" of "The Salt Lantern" is part of a name, never one of its own.)
  return !new RegExp(`\\b(?:${n.toLowerCase()}\\b|[Tt]he ${n}\\b)`).test(articleText) && new RegExp(`(?:\\b[a-z]+|,) ${n}\\b`).test(articleText) && !otherKind.has(n);
}

/** A name the article writes only as the work ("Ulfrun is a tale …") and in its title. */
function onlyTheWork(name: string, articleText: string): boolean {
  const body = articleText.slice(articleText.indexOf("\n") + 1);
  const asWork = body.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(name)} (?:is|was) (?:a|an|one)\\b`, "g"))?.length ?? 0;
  return asWork > 0 && timesNamed(name, body) <= asWork;
}

// Each name's patterns, compiled once (they are tried on every sentence of the plot): the name as a word, and the name
// opening a clause after the words that may describe it.
const compiled = boundedMemo<{ word: RegExp; lead: RegExp }>(4000);
function patternsOf(name: string): { word: RegExp; lead: RegExp } {
  return compiled(name, () => ({ word: new RegExp(`(?<![\\w'’-])${escapeRegExp(name)}(?![\\w-])`), lead: new RegExp(`^${DESCRIBED}${escapeRegExp(name)}(?=,? )`) }));
}

const namesIn = (text: string, name: string) => patternsOf(name).word.test(text);

/** "Who kills Orrin?" -> the deed's verb and its first word after, to find the same deed told of another character. */
function sameDeedElsewhere(stem: string, key: string, sentences: Sentence[], at: number, cast: Cast): boolean {
  const words = stem.replace(/\?$/, "").split(/\s+/).slice(1);
  const verb = BE.test(words[0]!) ? words[1]! : words[0]!;
  const object = words.slice(BE.test(words[0]!) ? 2 : 1).find((w) => w.length > 3 && /^[\w'’-]+$/.test(w));
  if (!object) return false;
  // (In any of its forms: "Mara and Bram both love Tull" tells "Who loves Tull?" of Bram too.)
  const forms = [verb, verbsAs(`she ${verb}`, "infinitive"), verbsAs(`she ${verb}`, "past")].filter((f) => /^[a-z]+$/.test(f));
  const deed = new RegExp(`\\b(?:${[...new Set(forms)].map(escapeRegExp).join("|")})\\b[^.]*\\b${escapeRegExp(object)}\\b`);
  return sentences.some((s, i) => i !== at && deed.test(s.text) && cast.names.some((n) => n !== key && namesIn(s.text, n)));
}

// An opening phrase that sets what follows in a dream, a plan or a tale a character tells ("According to Lotte, …"), not in
// the story's events.
const UNREAL_OPENER =
  /\b(?:(?:in|during) (?:a|an|the|his|her|their|[A-Z][a-z]+['’]s) (?:[a-z]+ )?(?:dream|daydream|nightmare|vision|fantasy|imagination|plan|scheme|lie|tale|story|version|account|telling|claim)|according to|dreaming|imagining|pretending)\b/i;

// The sentence's last clause, a deed of the subject's own pronoun: ", and he stabs Orrin."
const LAST_DEED = /,? and (he|she) ([a-z]+ [^,;:"“”()]{2,60})\.$/;
// A word that says the deed is told against one before it ("strikes the blow anyway", "visits the witches again").
const LEANS_BACK = /\b(?:anyway|too|again|instead|either|also|still|as well)\b/i;
// A clause joined on with its own subject ("…, and they chase …", "…, but the letter never arrives"), or an aside on the
// deed's last person ("…, who curses both families …"): the question ends before it.
const JOINED_CLAUSE = /,? (?:and|but|so|while|yet) (?:he|she|they|it|we|the [a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?) ([a-z]+)\b.*([.?])$/;
const TRAILING_ASIDE = /, (?:who|whom|whose|which) [^,]*\?$/;
// A clause on the deed's object, closing the stem: " who has come to …?", " that she stole?".
const OBJECT_CLAUSE = / (?:who|whom|which|that) [^,?]*\?$/;

/** The sentence or stem up to a clause joined on with its own subject (its closing stop kept), and without a last aside. */
function ownClauseCut(text: string): string {
  const joined = JOINED_CLAUSE.exec(text);
  const cut = joined && (looksLikeVerb(joined[1]!) || /^(?:he|she|they|it|we) /.test(joined[0].replace(/^,? [a-z]+ /, ""))) ? `${text.slice(0, joined.index)}${joined[2]}` : text;
  return cut.replace(TRAILING_ASIDE, "?");
}

/**
 * "Tull meets the old king, and he banishes Orrin": a word for someone of the pronoun's sex (or of either) between the
 * subject and the pronoun, the first such person the text names without the subject's own pronoun before it, so "he" may
 * be the king's. ("Bram admits that he once helped his cousin, and he …": the subject's "he" came first, and stays his.)
 */
function pronounMayMeanOther(between: string, pronoun: "he" | "she"): boolean {
  const words = between.trim().split(/\s+/);
  const first = words.findIndex((_, j) => mayMeanPersonWord(words, j, pronoun));
  return first >= 0 && !words.slice(0, first).some((w) => PERSON_PRONOUNS[pronoun].test(w));
}

/** The sex the tagger's given-name lexicon gives a name's first word ("Mara" she), or null where it gives none or both. */
function sexOfGivenName(name: string): "he" | "she" | null {
  const tags = tagWords(`${name.split(" ")[0]} walks.`)[0]?.tags ?? [];
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  return male && !female ? "he" : female && !male ? "she" : null;
}

/**
 * The doer of the sentence's main deed, as a "Who …?" stem (and the same stem without a word on how, `plain`, to compare deeds by their verb) and the key's place in the sentence, or null. `genderOfName`:
 * the pronoun the article itself uses for a character, or null where it does not say.
 */
function deedOf(sentence: Sentence, cast: Cast, articleText: string, genderOfName: (name: string) => "he" | "she" | null): { stem: string; plain: string; key: string; at: number } | null {
  if (!/\.$/.test(sentence.text)) return null;
  let from = 0;
  for (let m = OPENER.exec(sentence.text); m && from < 150; m = LATER_OPENER.exec(sentence.text.slice(from))) from += m[0].length;
  // "In a dream, Sella burns the market.": a deed told as dreamt, planned or lied about never happened in the plot.
  if (UNREAL_OPENER.test(sentence.text.slice(0, from))) return null;
  const rest = sentence.text.slice(from);
  let found: { key: string; at: number } | null = null;
  for (const n of cast.names) {
    const m = patternsOf(n).lead.exec(rest);
    if (m && (!found || n.length > found.key.length)) found = { key: n, at: m[0].length - n.length };
  }
  if (!found || !cast.keys.has(found.key) || timesNamed(found.key, articleText) < 2) return null;
  const { key, at } = found;
  const after = rest.slice(at + key.length).replace(ASIDE, " ");
  // "Tull reveals that he was …, and he stabs Orrin.": a last deed joined on with the subject's own pronoun, when no
  // other character is named between the subject and it (else the "he" may be theirs).
  const later = LAST_DEED.exec(after);
  // (Nor where the article gives the subject the other pronoun: "Mara opens the gate, and he …" is someone else's deed.)
  const pronoun = later?.[1] as "he" | "she" | undefined;
  const fits = pronoun && genderOfName(key) !== (pronoun === "he" ? "she" : "he");
  if (later && fits && !cast.names.some((n) => n !== key && namesIn(after.slice(0, later.index), n)) && !pronounMayMeanOther(after.slice(0, later.index), pronoun!)) {
    const stem = `Who ${later[2]}?`;
    const body = later[2]!.split(/\s+/).slice(1);
    const ok = !NOT_A_DEED.test(later[2]!.split(" ")[0]!) && looksLikeVerb(later[2]!.split(" ")[0]!) && !OBJECT_PRONOUN.test(stem) && !dangles(stem) && !LEANS_BACK.test(stem);
    if (ok && cast.names.some((n) => n !== key && namesIn(body.join(" "), n))) return { stem, plain: stem, key, at: from + at };
  }
  if (/["“”()]/.test(sentence.text)) return null;
  const manner = MANNER.exec(after);
  const deedWords = manner ? ` ${after.slice(manner[0].length)}` : after;
  const verb = /^ ([a-z]+)\b/.exec(deedWords)?.[1];
  if (!verb || NOT_A_DEED.test(verb) || !looksLikeVerb(verb)) return null;
  if (BE.test(verb) && !/^ [a-z]+ [a-z]+(?:ed|en|n|t) (?:to|from|by|into|out|off|in|at|for)\b/.test(deedWords)) return null;
  // The doer and the deed read as a sentence of their own, so the one "Who …?" builder cuts it as it cuts any other.
  // (Cut before a clause of another subject first: "…, and Orrin forgives him" is no part of the deed.)
  const clause: Sentence = { ...sentence, text: ownClauseCut(key + deedWords), start: sentence.start + from + at, subject: undefined };
  const span: Span = { text: key, start: clause.start, end: clause.start + key.length, type: "PERSON" };
  const asked = subjectQuestion(clause, span, "Who");
  const whole = asked && ownClauseCut(asked);
  if (!whole) return null;
  // "Who kills a messenger who has come to end the meeting?": a clause on the deed's object that may lean on what the sentence
  // said before ("the meeting") is left off; the deed is told by its verb and object (and stays long enough, below).
  const objectClause = OBJECT_CLAUSE.exec(whole)?.[0];
  const plain = objectClause && (dangles(whole) || /\b(?:the|this|that|these|those) [a-z]/.test(objectClause)) ? whole.replace(OBJECT_CLAUSE, "?") : whole;
  const stem = manner && !WHEN_WORD.test(manner[1]!) ? plain.replace(/^Who /, `Who ${manner[1]} `) : plain;
  if (dangles(stem) || OBJECT_PRONOUN.test(stem) || LEANS_BACK.test(stem)) return null;
  const body = plain.replace(/\?$/, "").split(/\s+/).slice(2);
  // (Whether it names another character matters only for a short one: read then, with the body joined once.)
  const namesCharacter = (text: string) => cast.names.some((n) => n !== key && (namesIn(text, n) || givenNameIn(text, n, cast)));
  if (body.length < SHORTEST_BODY_WORDS && !namesCharacter(body.join(" "))) return null;
  // A doer the deed names again ("Who tells Tull's friend …" with Tull the key) gives itself away.
  if (namesIn(stem, key)) return null;
  return { stem, plain, key, at: from + at };
}

/**
 * "Who stabs Orrin?" where the cast knows him as "Orrin Tull": a character's given name alone names that character when no
 * other of the cast shares it.
 */
function givenNameIn(text: string, name: string, cast: Cast): boolean {
  const given = name.split(" ")[0]!;
  return given !== name && cast.names.filter((n) => n.split(" ")[0] === given).length === 1 && namesIn(text, given);
}

// "The tale is narrated by Ilsa Vell, known as Wren, …": the narrator, by the name the cast goes by.
const NARRATOR = /^The (story|novel|book|tale|poem|narrative) is (told|narrated) by ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, (?:known as|called|nicknamed) ([A-Z][a-z]+))?(?=[,.])/;
// The narrator shares the telling: "… by Ada, and then by Tomas", "… by Ada, with Tomas", "… by Ada, Tomas and Bram".
const SHARED_TELLING = /^,? (?:and|or|with|alongside|together)\b|^, [A-Z][a-z]+(?:,| and\b)/;
// Each way an article tells who narrates: two of them may name two narrators ("The novel is narrated by Pell in its final
// chapter" beside "The story is told by an unnamed narrator"), and the stem asks for one.
const TELLING = /\b(?:narrat(?:es|ed|or|ors|ing|ion)|told (?:by|through|from))\b/gi;

/** "Who tells the story?" from the sentence that names the narrator, keyed to the name the cast knows them by. */
function narratorOf(sentence: Sentence, cast: Cast, articleText: string): { stem: string; plain: string; key: string; at: number } | null {
  const m = NARRATOR.exec(sentence.text);
  if (!m || SHARED_TELLING.test(sentence.text.slice(m[0].length)) || (articleText.match(TELLING)?.length ?? 0) > 1) return null;
  const key = [m[4], m[3]].find((n) => n && cast.names.includes(n) && cast.keys.has(n));
  if (!key) return null;
  const stem = `Who ${m[2] === "told" ? "tells" : "narrates"} the ${m[1]}?`;
  return { stem, plain: stem, key, at: key === m[4] ? m[0].lastIndexOf(key) : m[0].indexOf(key) };
}

/** One "Who …?" on each sentence that tells a character's deed, with up to three other characters as options. */
export function makeDeedQuestions(sentences: Sentence[], namedBySentence: Span[][], articleText: string, random: () => number): { question: GeneratedQuestion; sentenceIndex: number }[] {
  const cast = castOf(namedBySentence, articleText);
  if (!cast) return [];
  const out: { question: GeneratedQuestion; sentenceIndex: number }[] = [];
  const genders = new Map<string, "he" | "she" | null>();
  sentences.forEach((sentence, sentenceIndex) => {
    const deed = narratorOf(sentence, cast, articleText) ?? deedOf(sentence, cast, articleText, (name) => genderOf(name, sentences, namedBySentence, genders) ?? sexOfGivenName(name));
    if (!deed || sameDeedElsewhere(deed.plain, deed.key, sentences, sentenceIndex, cast)) return;
    // "Who saves them?": a pronoun for others stands for people the stem does not name.
    if (/\b(?:they|them|themselves)\b/i.test(deed.stem)) return;
    const others = cast.names.filter((n) => n !== deed.key && !namesIn(deed.stem, n) && !givenNameIn(deed.stem, n, cast) && !n.includes(deed.key) && !deed.key.includes(n));
    // (Three options at the least: a small cast, one of whom the deed names, still leaves two wrong ones.)
    if (others.length < 2) return;
    const distractors = shuffle(others, random).slice(0, 3);
    const { options, answerKey } = choiceQuestion(deed.key, distractors, random);
    const start = sentence.start + deed.at;
    out.push({
      sentenceIndex,
      question: {
        type: "MULTIPLE_CHOICE",
        prompt: deed.stem,
        options,
        answerKey,
        answerText: deed.key,
        source: sourceIn(sentence, { start, end: start + deed.key.length }),
        spanType: "PERSON",
        keyKind: "name",
        score: 1,
        confidence: 0.78,
        castOptions: true,
      },
    });
  });
  return out;
}
