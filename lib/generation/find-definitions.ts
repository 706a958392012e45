import { LEXICON, lowerArticle, tagged } from "./question-stems";
import { NUMBER_WORDS } from "./find-spans";
import { MONTHS } from "./months";
import { isPlural } from "./check-options";
import { calledInPassing } from "./called-in-passing";
import { OPENING_PREPOSITION } from "./lasting-state";
import type { Sentence, TextRange } from "./types";

/**
 * A term the article defines or names, with the question that asks for it.
 * "Such valleys are called rift valleys." -> "What are such valleys called?"
 * (with the sentence before as context, since "such" points back to it).
 */
export interface Definition {
  sentenceIndex: number;
  /** The term as the key: without a leading article ("rift valleys"). */
  term: string;
  /** Where the term sits in the article. */
  range: TextRange;
  /** A real question, or null when only a cloze reads well. */
  question: string | null;
  /** The sentence before must be shown with the question (it opens with "this", "such"…). */
  needsContext: boolean;
  plural: boolean;
  /** Which pattern found it: names ("is called") are surer than plain copulas ("X is a …"). */
  pattern: "called" | "call" | "name-given" | "refers" | "copula" | "alias" | "appositive" | "state";
  /**
   * What the article says the term is, as an answer reads ("a tube leading to
   * the stomach"), with the term as the sentence names it ("The esophagus"), for
   * asking the other way round ("What is the esophagus?"); null when the
   * description leans on something outside the sentence.
   */
  description?: { subject: string; text: string; verb: string } | null;
  /**
   * A copula's description as the sentence writes it, pointers and all: a caller that cuts an aside away (the topic's
   * true statement) reads it where `description` is null for a pointer, and checks what it keeps for pointers itself.
   */
  written?: { subject: string; text: string; verb: string } | null;
  /** The question names all it needs ("What is it called when …?"): no sentence before is shown with it. */
  standsAlone?: boolean;
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const POINTS_BACK = /^(?:this|these|such|those|that)\b/i;
// A definition's subject is a plain noun phrase, never a pronoun, a place-holder or a clause.
const NOT_A_TERM = /^(?:it|this|that|these|those|there|they|he|she|what|one|each|some|many|most|all|both|here|which|who|its|their|his|her|our|we|you|i)\b/i;
const PRONOUN = /\b(?:it|they|them|this|these|he|she)\b/i;
const POINTER_IN_TERM = /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|we|you)\b/i;
// A word that only counts or points along a list ("the first", "the latter", "the rest"), with no noun of its own.
// "The most important is the …", "The largest is …": a superlative standing for a noun the sentence before names is no term.
// (A noun that only ends so, "the forest", "the harvest", is one.)
const RANKED_ONE = /^(?:(?:most|least) [a-z]+|(?!(?:forest|interest|harvest|west|east|nest|chest|quest|test|protest|conquest|contest|request|guest|crest|rest|pest|vest|zest|inquest|tempest|arrest|digest|bequest|manifest|priest|feast|beast|breast|yeast|midwest|northwest|southwest|northeast|southeast)$)[a-z]+est)(?: ones?)?$/;
const STANDS_FOR_ONE = /^(?:first|second|third|fourth|fifth|sixth|seventh|next|last|final|former|latter|other|others|rest|same|remainder)$/i;
// "The result is a deep valley": a shell noun stands for something an earlier sentence said; it is no term being defined.
// "A third cause is …", "The main cause is …", "Another important factor is …": a place in a list the article is walking through,
// or the one it puts first, no term (its options would be of another kind). "The first is a husk": a bare ordinal
// counts off a list the sentence before opened; it is no term either.
const SHELL_NOUN = new RegExp(`^(?:(?:the|a|an|one|another) )?(?:(?:first|second|third|fourth|fifth|next|last|final|another|other|further|main|chief|major|key|important|most important|common|biggest|single) )+(?:cause|reason|type|kind|sort|step|stage|way|factor|part|group|form|method|source|example|feature|category|class|phase)s?$|^(?:(?:the|a|an|one|another) )?(?:(?:main|real|only|first|other|end|final|big|key) )?(?:result|reason|answer|problem|aim|goal|idea|effect|outcome|point|purpose|trouble|difference|key|truth|catch|upshot|consequence|solution|danger|challenge|lesson|trick|secret|advantage|drawback)s?$|^(?:the )?${STANDS_FOR_ONE.source.slice(1)}`, "i");
// "Brannock's best-known work is a tower clock": a role someone's work or deed is praised in, no term; asked the other
// way round it makes the role ("best-known work") the key of "What is a tower clock …?".
const PRAISED_ROLE = /^(?:(?:the |a |an )?[A-Za-z]+['’]s |(?:his|her|their|its) |the )?(?:(?:best[- ]known|most famous|famous|greatest|finest|most important|chief|main|first|last|final|latest|earliest|only|favourite|favorite|biggest|major) )+(?:work|works|achievement|invention|book|novel|painting|discovery|contribution|creation|project|success|idea|gift|legacy|building|design|song|play|poem|film)s?$/i;
// ", and the weft is the cross thread": a second clause, with a subject and its verb of being or having, after the description.
// Never "but", whose clause often carries the definition's restriction ("…, but the king is not in check"); never a relative
// word among the subject's words ("…, and lemon juice that is whisked": the last item of a list and its clause); never a
// clause whose subject points back ("a mammal, and it is the only one that flies" is the definition, and keeps its pronoun).
const SECOND_CLAUSE = /, (?:and|while|whereas) (?:the |a |an |its |their |this |these )?((?!(?:it|they|he|she|this|these|those|that|there|which|who|we|you|one)\b)[A-Za-z][\w'’-]*(?: (?!(?:that|which|who|whom|whose)\b)[a-z][\w'’-]*){0,2}) (?:is|are|was|were|has|have|had)\b.*$/;
// "The largest", "The oldest one", "The first": one of a set by its rank alone, no noun of its own.
const NO_NOUN_ONE = /^(?:The |A |An )?(?:(?:most|least) [a-z]+|[a-z]+est|first|second|third|last|next|latter|former)(?: ones?)?$/i;
// A phrase cut before its noun ("the Golden Age of").
const OPEN_PHRASE = /\b(?:of|in|on|to|for|by|with|from|at|the|a|an)$/i;
const HEDGE = "(?:often |usually |commonly |also |sometimes |simply |generally |now |still )?";
// (Built once: findDefinitions tries them on every sentence.)
// "Such rocks are called basalts." / "These layers go by the name of strata."
const NAMED_AS = new RegExp(`^(.{3,70}?) (is|are|was|were) ${HEDGE}(?:called|named|known as|referred to as) ((?:the |a |an )?[A-Za-z][\\w'’-]*(?: [A-Za-z][\\w'’-]*){0,3})\\.$`);
const GOES_BY_NAME = new RegExp(`^(.{3,70}?) (go|goes|went) by the name (?:of )?((?:the |a |an )?[A-Za-z][\\w'’-]*(?: [A-Za-z][\\w'’-]*){0,3})\\.$`);
// "People often call the boiling point of water a fixed point."
const PEOPLE_CALL = new RegExp(`^(People|Scientists|Many people|Historians|We) ${HEDGE}call (.{3,60}) (the [a-z][\\w'’-]*(?: [a-z][\\w'’-]*){0,3})\\.$`);
// "Geologists call the slow wearing of a coast by waves the coastal retreat (of a shore)."
const EXPERTS_CALL = new RegExp(`^((?:Most |Many |Some )?[A-Z][a-z]+(?:ists|ians|ers|ors)) ${HEDGE}call (.{3,90}?) (the [a-z][\\w'’-]*(?: (?!of\\b)[a-z][\\w'’-]*){0,3})(?: of (?:a|an|the) [a-z]+)?\\.$`);

function lowerFirst(text: string): string {
  // An owner opening the sentence keeps its capital when it is a name ("Hatshepsut's one daughter", "Earth's core"), not
  // when the lexicon knows it as a common word ("Water's weight", "A plant's roots"); "A sudden slip" -> "a sudden slip".
  const owner = /^([A-Z][a-z]+)['’]s\b/.exec(text)?.[1];
  if (owner) return lowerArticle(owner) === owner || /^(?:Earth|Sun|Moon)$/.test(owner) ? text : owner.toLowerCase() + text.slice(owner.length);
  if (/^(?:A|An) [a-z]/.test(text)) return lowerArticleOnly(text);
  return /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The term's offsets, without its article or a possessive owner ("A product's supply" -> "supply"). */
function termRange(sentence: Sentence, raw: string, from: number): { term: string; range: TextRange } | null {
  let term = raw.replace(LEADING_ARTICLE, "").replace(/^[A-Za-z]+['’]s\s+/, "").trim();
  term = term.replace(/[\s,;:]+$/, "");
  // "Today it is a protected monument …": a pronoun is no part of a term, whatever pattern read it as one of its words.
  // "The second is a thick rind …": an ordinal or "the other" stands for a thing named before; it is no term.
  if (!term || term.split(/\s+/).length > 4 || /\d/.test(term) || POINTER_IN_TERM.test(term) || STANDS_FOR_ONE.test(term) || RANKED_ONE.test(term)) return null;
  const at = sentence.text.indexOf(term, from);
  if (at < 0) return null;
  return { term, range: { start: sentence.start + at, end: sentence.start + at + term.length } };
}

/**
 * What an alias question renames, inside the question: "Rows of stones" -> "rows of stones" (a common word that had its capital
 * only for opening the sentence), while a name keeps its capitals ("Mount Orr", "Swedish Vikings").
 */
function aliasSubject(text: string, writtenLower: (word: string) => boolean): string {
  const m = /^([A-Z][a-z]+)((?: [a-z][\w'’-]*)+)$/.exec(text);
  if (m && lowerArticle(m[1]!) !== m[1]) return m[1]!.toLowerCase() + m[2]!;
  // One word with a capital only because it opens the sentence ("Platelets, also called …"): lower case where the article
  // writes it so elsewhere. (A word it never writes in lower case may be a name, "Vikings", and keeps its capital.)
  if (/^[A-Z][a-z]+$/.test(text) && writtenLower(text.toLowerCase())) return text.toLowerCase();
  return lowerArticleOnly(text);
}

/** "The Black Death" -> "the Black Death"; a name without an article stays as it is. */
function lowerArticleOnly(text: string): string {
  return text.replace(/^(The|A|An) /, (a) => a.toLowerCase());
}

// What is called must be a noun phrase: a subject holding "what" ("… responds with what is called …") or a clause set off by
// a comma ("If the wall falls, the town turns to …") makes "What is <clause> called?" no question. A comma after an
// opening phrase with no verb ("Deep in the cave, the pale fish are called …") leaves a noun phrase.
function nounPhraseSubject(text: string): boolean {
  if (/\bwhat\b/i.test(text)) return false;
  return !text.includes(",") || text.split(",").every((part) => !hasVerb(` ${part.trim()}`));
}

function plainClause(text: string): boolean {
  return !/[;:()"“”]/.test(text);
}

/** Definitions and names given by the article, one per sentence at most. */
export function findDefinitions(sentences: Sentence[]): Definition[] {
  const out: Definition[] = [];
  let lowerWords: Set<string> | null = null;
  let capitalInside: Set<string> | null = null;
  // In lower case somewhere, and never with a capital inside a sentence (where it would be a name: "Rose", "Mercury").
  const writtenLower = (word: string) =>
    (lowerWords ??= new Set(sentences.flatMap((x) => x.text.match(/\b[a-z][a-z]+\b/g) ?? []))).has(word) &&
    !(capitalInside ??= new Set(sentences.flatMap((x) => [...x.text.matchAll(/(?<=[\p{L},;] )[A-Z][a-z]+\b/gu)].map((m) => m[0].toLowerCase())))).has(word);
  sentences.forEach((sentence, sentenceIndex) => {
    const found = defineOne(sentence, sentenceIndex, writtenLower);
    // A definition in brackets is asked for, never rewritten into a statement (the brackets would stay).
    if (found && sentence.text.startsWith("(")) found.description = found.written = null;
    if (found) out.push(found);
  });
  // A description cut before a second clause is asked cut only when that clause is about another term: its subject is a
  // term the article defines ("the weft"), or it says its subject is the same kind of thing as the key ("the male part of
  // the flower, and the pistil is the female part"). Otherwise the clause may say what sets the key apart from another
  // ("a cross between a horse and a donkey, and the father is a donkey"), and the description is asked whole.
  const terms = new Set(out.map((d) => d.term.toLowerCase()));
  for (const d of out) {
    const cut = CUT.get(d);
    if (!cut) continue;
    if (terms.has(cut.subject.toLowerCase()) || terms.has(cut.subject.split(" ").at(-1)!.toLowerCase()) || cut.sameKind) continue;
    d.question = cut.whole.question;
    if (d.description) d.description = cut.whole.description;
    d.written = cut.whole.written;
  }
  // Two definitions asked alone with the same words have two right keys: neither is asked. (A question shown with its
  // sentence before, "What is this called?", differs by that sentence.)
  const alone = (d: Definition) => (d.question && !d.needsContext ? d.question.toLowerCase() : null);
  const asked = new Map<string, number>();
  for (const d of out) if (alone(d)) asked.set(alone(d)!, (asked.get(alone(d)!) ?? 0) + 1);
  return out.filter((d) => !alone(d) || asked.get(alone(d)!)! < 2);
}

// The clause a copula description was cut before: its subject, whether it calls that subject the same kind of thing as
// the description does, and the question and description asked whole.
const CUT = new WeakMap<Definition, { subject: string; sameKind: boolean; whole: Pick<Definition, "question" | "description" | "written"> }>();
// A noun phrase's head: the last word before a preposition, a relative word or the end, after at most two modifiers.
function headNoun(phrase: string): string | undefined {
  return /^(?:the |a |an )?(?:[\w'’-]+ ){0,2}?([\w'’-]+)(?= (?:of|in|on|at|to|for|from|with|between|by|that|which|who|where|whose)\b|[.,;]?$)/i.exec(phrase)?.[1]?.toLowerCase();
}

// What follows "named"/"called" is a name only if it does not open with a preposition or a possessive:
// "… is named in her honour" says why, not what ("in her honour" had become the key of "What is … called?").
const NOT_A_NAME_START = /^(?:in|after|for|by|to|from|at|on|with|because|as|her|his|their|its|our|my|your|this|that|these|those)\b/i;
// A verb's particle ("was called off", "were called back"): lowercase only, so a place named "Over" or "Up Holland" stays a name.
const PARTICLE_START = /^(?:back|off|up|out|upon|down|away|over|together)\b/;
// A name given and then another clause: every word of the name capitalised ("Ada", "the Combs", "Mid Fen"), ending right at
// the comma, so a lowercase word after "called" ("called home", "called early", "called a failure") and a phrase after the
// name ("Loch Ness by locals") are no name.
const NAMING_THEN_CLAUSE = new RegExp(`^(.{3,70}?) (is|are|was|were) ${HEDGE}(?:called|named|known as) ((?:the )?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3}), (?:and|but|so|which|who|while) `);
const NAMED_SUBJECT = /^(?:(?:The|A|An|This|These|Those|Such) [a-z]|[A-Z][a-z]+['’]s [a-z])/;
// Ranks, offices and honours: "was named Regent" or "was named Player of the Year" appoints or rewards, it gives no name.
const RANK = /^(?:the )?(?:King|Queen|Regent|Pharaoh|Captain|Chief|President|Governor|Consul|Emperor|Empress|Bishop|Head|Leader|General|Admiral|Prince|Princess|Duke|Duchess|Heir|Mayor|Chancellor|Minister|Commander|Champion|Director|Chair|Best|Player|Man|Woman|Person|Capital|European|World|Winner|Hero|Knight|Dame|Saint)\b/;

/** "The baker's daughter was named Ada, and she …": the subject, its verb and the name, when a plain noun phrase is so named. */
function namingThenClause(text: string): { subject: string; verb: string; name: string } | null {
  const t = NAMING_THEN_CLAUSE.exec(text);
  if (!t || !NAMED_SUBJECT.test(t[1]!) || RANK.test(t[3]!)) return null;
  return { subject: t[1]!, verb: t[2]!, name: t[3]! };
}

function defineOne(s: Sentence, sentenceIndex: number, writtenLower: (word: string) => boolean = () => false): Definition | null {
  // "(A lever is just a bar that turns on a point.)": an aside in brackets defines as well as a sentence does.
  const text = s.text.replace(/^\(([^()]{10,})\)$/, "$1");
  let m: RegExpExecArray | null;

  // "When the snow melts in spring, it is called the thaw." -> "When the snow melts in spring, what is it called?": the clause
  // keeps its place before "it", so "it" binds as in the article, to the clause's subject ("When magma reaches the surface,
  // it is called lava": the magma) or to the event, whichever the article meant. A lowercase term only: a place named
  // where a river enters a land ("When the river enters the plain, it is called the Waal") is a name, no term.
  m = WHEN_CALLED.exec(text);
  if (m && !POINTER_IN_CLAUSE.test(m[2]!) && plainClause(m[2]!) && !NOT_A_NAME_START.test(m[5]!) && !PARTICLE_START.test(m[5]!)) {
    const found = termRange(s, m[5]!, m[0].length - m[5]!.length - 1);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `${m[1]} ${m[2]}, what is ${m[3]} ${m[4]}?`, needsContext: false, plural: false, pattern: "called", standsAlone: true };
  }

  // "Such rocks are called basalts." / "These layers go by the name of strata."
  m = NAMED_AS.exec(text) ??
    GOES_BY_NAME.exec(text);
  // "The baker's only daughter was named Ada, and she …" / "The three islands are called the Combs, and they …": the naming
  // ends its clause and another clause follows. Only a plain noun phrase is so named (an article, a pointer or an owner
  // first: "Tom was named Captain, and …" appoints a man), and a name given is no rank or honour ("was named Regent").
  const naming = m ? { subject: m[1]!, verb: m[2]!, name: m[3]! } : namingThenClause(text);
  // (An opening clause is no subject: "When they moved the fort, it was called …" names what "it" is, somewhere before.)
  // ("One common test is called …", "A common test is called …", "Another tool is known as …" picks one of several things the article lists around it:
  // "What is one common test called?" has no single answer.)
  if (naming && plainClause(naming.subject) && nounPhraseSubject(naming.subject) && !/^(?:it|they|he|she|one|another|some|other|(?:a|an) (?:common|popular|typical|usual|frequent)\b)\b/i.test(naming.subject) && !/^(?:When|If|After|Before|Once|While|As|Because|Since|Although|Until)\b[^,]*,/.test(naming.subject) && !NOT_A_NAME_START.test(naming.name) && !PARTICLE_START.test(naming.name)) {
    const found = termRange(s, naming.name, naming.subject.length);
    if (!found) return null;
    const verb = /^(?:go|are|were)$/.test(naming.verb) ? "are" : naming.verb === "goes" ? "is" : naming.verb;
    const subject = lowerFirst(naming.subject);
    const needsContext = POINTS_BACK.test(subject);
    return { sentenceIndex, ...found, question: `What ${verb} ${subject} called?`, needsContext, plural: verb === "are" || verb === "were", pattern: "called" };
  }

  // "The Great Fire, which is also called the Burning, spread …" / "Mount X, also known as Y, rises …": another name for X.
  m = /^((?:The |A |An )?[A-Z][\w'’-]*(?: (?:of |the )?[A-Za-z][\w'’-]*){0,4}), (?:which (?:is|was|are|were) )?(?:also |commonly |often |sometimes )?(?:called|known as|named) ((?:the |a |an )?[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3}),/.exec(text);
  // (An opening phrase, "After a long siege, known as …", is no noun phrase: "What is After a long siege also called?" Its
  // prepositions are lasting-state's list.)
  // What is renamed is a noun phrase: a clause before the comma ("The miners cut long tunnels, called adits, …") names the
  // object of its verb, and "What is the miners cut long tunnels also called?" is no question.
  // ("The largest, also called …": a superlative or ordinal with no noun stands for one of a set named before.)
  if (m && !NOT_A_TERM.test(m[1]!) && !NOT_A_NAME_START.test(m[2]!) && !hasVerb(m[1]!) && !NO_NOUN_ONE.test(m[1]!) && !OPENING_PREPOSITION.test(m[1]!)) {
    const found = termRange(s, m[2]!, m[1]!.length);
    if (!found) return null;
    const past = /\b(?:was|were)\b/.test(text.slice(m[1]!.length, found.range.start - s.start));
    // "Swedish Vikings, sometimes called …" -> "What are Swedish Vikings also called?": the verb agrees with what is renamed.
    // (The head is the noun before "of": "Rows of stones, also called …" are many, whatever the last word.)
    const many = pluralHead(m[1]!.split(/ of /)[0]!);
    const verb = past ? (many ? "were" : "was") : many ? "are" : "is";
    return { sentenceIndex, ...found, question: `What ${verb} ${aliasSubject(m[1]!, writtenLower)} also called?`, needsContext: false, plural: false, pattern: "alias" };
  }

  // "People often call the boiling point of water a fixed point."
  m = PEOPLE_CALL.exec(text);
  // ("Historians call it the Golden Age of the port": a pronoun is no thing called, and a clause ending on "of" was cut mid-phrase.)
  if (m && plainClause(m[2]!) && !POINTS_BACK.test(m[2]!) && !NOT_A_TERM.test(m[2]!) && !OPEN_PHRASE.test(m[2]!)) {
    const found = termRange(s, m[3]!, m[1]!.length + m[2]!.length);
    if (!found) return null;
    const who = m[1] === "We" ? "we" : lowerFirst(m[1]!);
    const hedge = /^(?:\w+ )?(often|usually|commonly|sometimes) call/.exec(text)?.[1];
    return { sentenceIndex, ...found, question: `What do ${who} ${hedge ? `${hedge} ` : ""}call ${m[2]}?`, needsContext: false, plural: false, pattern: "call" };
  }

  // "Geologists call the slow wearing of a coast by waves the coastal retreat (of a shore)." -> "What do geologists call …?"
  m = EXPERTS_CALL.exec(text);
  if (m && plainClause(m[2]!) && !POINTS_BACK.test(m[2]!) && !NOT_A_TERM.test(m[2]!) && !OPEN_PHRASE.test(m[2]!) && !/^(?:Others|Readers|Users|Members|Leaders|Workers|Players|Voters)$/.test(m[1]!)) {
    const found = termRange(s, m[3]!, m[1]!.length + m[2]!.length);
    if (!found) return null;
    const hedge = /^(?:\w+ ){1,2}(often|usually|commonly|sometimes) call/.exec(text)?.[1];
    return { sentenceIndex, ...found, question: `What do ${m[1]!.toLowerCase()} ${hedge ? `${hedge} ` : ""}call ${m[2]}?`, needsContext: false, plural: false, pattern: "call" };
  }

  // "'Old Thunder' was the name given to the engine." (a quoted name for a thing the sentence names).
  m = /^['‘"“]([A-Z][\w’-]*(?: [A-Za-z][\w’-]*){0,3})['’"”] (was|is|were|are) the (?:name|nickname) (?:given to|of|for) (the [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3})\.$/.exec(text);
  if (m) {
    const at = text.indexOf(m[1]!);
    const range = { start: s.start + at, end: s.start + at + m[1]!.length };
    const verb = m[2] === "are" || m[2] === "is" ? m[2] : m[2] === "were" ? "were" : "was";
    return { sentenceIndex, term: m[1]!, range, question: `What ${verb} the name given to ${m[3]}?`, needsContext: false, plural: false, pattern: "alias" };
  }

  // "The theory of X is the name given to this idea, that …"
  m = /^((?:The |A |An )?[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,4}) (is|are) the (?:name|term|word) (?:given to|for|used for) (.{8,})\.$/.exec(text);
  if (m && !NOT_A_TERM.test(m[1]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    const desc = m[3]!.replace(/^this (\w+), that\b/, "the $1 that");
    if (PRONOUN.test(desc) || !plainClause(desc)) return null;
    return { sentenceIndex, ...found, question: `What is the name given to ${desc}?`, needsContext: false, plural: m[2] === "are", pattern: "name-given" };
  }

  // "Inertia refers to the way an object resists …"
  m = /^((?:The |A |An )?[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}) (refers to|means|describes) (.{10,})\.$/.exec(text);
  if (m && !NOT_A_TERM.test(m[1]!) && !SHELL_NOUN.test(m[1]!) && plainClause(m[3]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    const question = PRONOUN.test(m[3]!) ? null : `Which term ${m[2]} ${m[3]}?`;
    const description = /\b(?:this|these|he|she|they|them)\b/i.test(m[3]!) ? null : { subject: m[1]!, text: m[3]!, verb: m[2]! };
    return { sentenceIndex, ...found, question, needsContext: false, plural: false, pattern: "refers", description };
  }

  // "They float on the planet's mantle, a layer of stone that is soft and warm." -> "What is the name of the layer of stone that is soft and warm?"
  m = /\b(?:on|in|into|from|of|under|through|beneath|inside|above|below|at|by) ((?:(?:the )?[A-Za-z]+['’]s |the )?[a-z]+), (?:a|an) ([a-z]+(?: of [a-z]+)? (?:that|which) (?:is|are) [a-z][a-z ,]{3,50}?)\.$/.exec(text);
  if (m && !NOT_A_TERM.test(m[1]!) && !PRONOUN.test(m[2]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What is the name of the ${m[2]}?`, needsContext: false, plural: false, pattern: "appositive" };
  }

  // "A double-hulled boat consisted of two hulls tied side by side." -> "What consisted of two hulls tied side by side?"
  m = /^((?:A|An) [a-z][\w-]*(?: [a-z][\w-]*){0,2}) (consists|consisted|is made up|was made up) of (.{10,80})\.$/.exec(text);
  if (m && plainClause(m[3]!) && !PRONOUN.test(m[3]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What ${m[2]} of ${m[3]}?`, needsContext: false, plural: false, pattern: "copula", description: null };
  }

  // "A market is in equilibrium when supply equals demand." -> "A market is in _____ when …" (the state is named by the term).
  m = /^((?:A|An|The) [a-z]+(?: [a-z]+)?) (is|are) (?:said to be )?(?:in|at) ([a-z]+(?: [a-z]+)?) when (.{10,})\.$/.exec(text);
  if (m && plainClause(m[4]!) && !PRONOUN.test(m[4]!) && !/^(?:the|a|an|this|that|its|their|all|any|some)$/.test(m[3]!.split(" ")[0]!)) {
    const found = termRange(s, m[3]!, m[1]!.length);
    if (!found) return null;
    return { sentenceIndex, ...found, question: null, needsContext: false, plural: false, pattern: "state" };
  }

  // "… through root wedging, which is the slow prising apart of rock by growing roots, and …" /
  // "… is a meltdown (often defined as a core heating past its casing)": a term named mid-sentence with what it is.
  // "…, so they built a pump called a ram, which lifted water uphill." -> "What was the pump called that lifted water uphill?"
  const called = calledInPassing(text);
  if (called) {
    const found = termRange(s, called.term, called.at);
    if (found) return { sentenceIndex, ...found, question: called.question, needsContext: false, plural: false, pattern: "called", standsAlone: true, description: null };
  }

  const named = namedInPassing(text);
  if (named) {
    const found = termRange(s, named.term, named.at);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What is the name for ${named.description}?`, needsContext: false, plural: false, pattern: "appositive", description: null };
  }

  // "Each swing makes bands where the water is piled up, called crests, and …" -> "What are bands where the water is piled
  // up called?": a thing described by its own clause, then named.
  // The number is the head noun's. A bare head that is no plural is a mass noun ("with water that looks milky, called …"),
  // whose name may be the stuff in it; "a"/"an" naming after a plural head ("hollows where a block melted, called a kettle")
  // names the nearer noun, not the head.
  m = CALLED_AFTER_CLAUSE.exec(text);
  const plural = !!m && isPlural(m[2]!.split(" ")[0]!);
  if (m && !PRONOUN.test(m[2]!) && !NOT_IN_TERM.test(m[3]!.split(" ").pop()!) && (m[1] ? !plural : plural) && !(plural && /^an? /.test(m[3]!))) {
    const found = termRange(s, m[3]!, m.index + m[0].length - m[3]!.length);
    if (!found) return null;
    const question = `What ${plural ? "are" : "is"} ${m[1] ?? ""}${m[2]} called?`;
    return { sentenceIndex, ...found, question, needsContext: false, plural, pattern: "appositive", description: null, standsAlone: true };
  }

  // "Sleet is when rain freezes as it falls." -> "What is it called when rain freezes as it falls?" (a term said to be an event).
  // (Never "The best time to go is when …": a time or a rank is said, no term; "The …" names one thing, not a term.)
  m = /^((?:(?:A|An) [a-z]+|[A-Z][a-z]+)(?: [a-z]+){0,2}) (is|are) (?:simply |just )?when ([^,;:()"“”]{10,120})\.$/.exec(text);
  if (m && !NOT_A_TERM.test(m[1]!) && !SHELL_NOUN.test(m[1]!) && !WHEN_NOT_TERM.test(m[1]!) && !/^(?:it|they|this|these|he|she)\b/i.test(m[3]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What is it called when ${m[3]}?`, needsContext: false, plural: false, pattern: "copula", description: null, standsAlone: true };
  }

  // "Rock that cools slowly underground, called granite, has large crystals." -> "What is rock that cools slowly underground called?"
  // (Never "The sugar that is made, called …": a "the" points to a thing the text around it settles.)
  m = /^((?!(?:The|This|That|These|Those|Its|Their|His|Her)\b)[A-Z][a-z]+(?: [a-z]+){0,2} (?:that|which|where) [^,;:()"“”]{5,80}), (?:called|known as) ((?:the |a |an )?[a-z][a-z-]*(?: [a-z][a-z-]*)?), (?:is |are |was |were |has |have )?[a-z]/.exec(text);
  if (m && !PRONOUN.test(m[1]!) && !NOT_A_TERM.test(m[1]!) && !NOT_IN_TERM.test(m[2]!.split(" ").pop()!)) {
    const found = termRange(s, m[2]!, m[1]!.length);
    if (!found) return null;
    // (The number is the head noun's, the word before the relative: "Small grains that …" are plural.)
    const plural = /[^s]s$/.test(/([a-z]+) (?:that|which|where) /i.exec(m[1]!)![1]!);
    return { sentenceIndex, ...found, question: `What ${plural ? "are" : "is"} ${lowerFirst(m[1]!)} called?`, needsContext: false, plural, pattern: "appositive", description: null, standsAlone: true };
  }

  // "Geography is often described as the study of places." -> "What is often described as the study of places?"
  m = /^((?:The |A |An )?[A-Z][a-z]+(?: [a-z]+){0,2}) (is|are) ((?:often |usually |commonly |sometimes |best )?(?:described|defined|thought of|regarded) as (?:the|a|an) [^,;:()"“”]{5,80})\.$/.exec(text);
  if (m && !NOT_A_TERM.test(m[1]!) && !SHELL_NOUN.test(m[1]!) && !PRONOUN.test(m[3]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What ${m[2]} ${m[3]}?`, needsContext: false, plural: m[2] === "are", pattern: "refers", description: null };
  }

  // "The central theme is loyalty." -> "What is the central theme, according to the article?" (a study guide's one-word answer).
  m = /^The (central|main|chief|key|most important|principal) (theme|idea|message|conflict|lesson|moral|symbol|setting) (is|was) ([a-z][\w-]*(?: (?:and )?[a-z][\w-]*){0,2})\.$/.exec(text);
  if (m && !/^(?:that|the|a|an|to|how|what|why|not|very|about)\b/.test(m[4]!)) {
    const found = termRange(s, m[4]!, m[0].length - m[4]!.length - 1);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What ${m[3]} the ${m[1]} ${m[2]}, according to the article?`, needsContext: false, plural: false, pattern: "copula", description: null };
  }

  // "The three upper floors are the lofts, and they …" -> "What are the three upper floors called?": the counted parts
  // are described, and the one word after "the" names them. Not a list ("the furs and the timber"), nor people named by
  // their role ("the heirs", "the victors": what they were, not what they are called).
  m = COUNTED_NAMING.exec(text);
  if (m && !NOT_A_TERM.test(m[3]!) && /s$/.test(m[3]!) && !ROLE_NOUNS.test(m[3]!) && !tagged(text).some((t) => t.text.replace(/\W+$/, "") === m![3] && t.tags?.includes("Actor"))) {
    const found = termRange(s, m[3]!, m[1]!.length);
    if (!found) return null;
    return { sentenceIndex, ...found, question: `What ${m[2]} ${lowerArticleOnly(m[1]!)} called?`, needsContext: false, plural: true, pattern: "copula", description: null };
  }

  // "The trachea is a pipe that carries air down to the lungs." ("Torque is the turning force, measured in newton metres (N m).":
  // the unit after the description is no part of what the term is, and is asked on its own by make-unit-questions.)
  m = /^((?:The |A |An )?[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}) (is|are) (?:simply |just |also )?((?:a|an|the|how|what|[A-Z][a-z]+['’]s) .{10,})\.$/.exec(text.replace(UNIT_AFTER, "."));
  // ("… are the usual example.", "… is a good case.": an example of something the sentence before names, not a definition.)
  // ("The three upper floors are the lofts": a counted description names parts; the term is what it is said to be.)
  if (m && !NOT_A_TERM.test(m[1]!) && !SHELL_NOUN.test(m[1]!) && !COUNTED.test(m[1]!) && !PRAISED_ROLE.test(m[1]!) && plainClause(m[3]!) && !/^(?:the (?:first|second|third|last|only|most|same|one)|a (?:lot|few|number|bit))\b/.test(m[3]!) && !/^(?:the|a|an) (?:[a-z-]+ ){0,2}(?:example|case|instance|illustration|one|kind|type|sort)s?(?: too| as well)?$/.test(m[3]!)) {
    const found = termRange(s, m[1]!, 0);
    if (!found) return null;
    // "The warp is the set of tight threads, and the weft is the cross thread": the description ends where a second clause
    // with its own subject and verb begins, or the question would ask both.
    // A description that already holds a comma may be a list ("eggs, butter, and lemon juice …"): it is never cut.
    const cut = SECOND_CLAUSE.exec(m[3]!);
    const desc = cut && !m[3]!.slice(0, cut.index).includes(",") ? m[3]!.slice(0, cut.index) : m[3]!;
    const plural = m[2] === "are";
    const def: Definition = { sentenceIndex, ...found, ...copulaAsked(found.term, m[1]!, m[2]!, desc), needsContext: false, plural, pattern: "copula" };
    // The cut holds only if the dropped clause is about another term of the article ("the weft"); otherwise it may say what
    // sets the key apart ("a cross between a horse and a donkey, and the father is a donkey"): findDefinitions decides.
    if (desc !== m[3]!) {
      const said = /^, \S+ .*? (?:is|are|was|were|has|have|had) (.*)$/.exec(cut![0])?.[1] ?? "";
      const sameKind = !!headNoun(desc) && headNoun(desc) === headNoun(said);
      CUT.set(def, { subject: cut![1]!, sameKind, whole: copulaAsked(found.term, m[1]!, m[2]!, m[3]!) });
    }
    return def;
  }
  return null;
}

// A season, a time of day, a month or a weekday "is when" something happens: a time, not the term for the event ("Spring is
// when the lambs are born" asks for lambing, not spring).
const WHEN_NOT_TERM = new RegExp(
  `\\b(?:time|times|moment|day|days|night|season|period|hour|year|month|best|worst|only|first|last|danger|problem|risk|trouble|chance|hope|idea|plan|` +
    `spring|summer|autumn|(?<!\\b(?:a|an) )fall|winter|dawn|dusk|noon|midday|midnight|morning|afternoon|evening|sunrise|sunset|weekend|holiday|` +
    `${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
  "i",
);
// A noun with its own relative clause, after the verb or preposition that brings it in, then ", called <term>" closing a part.
const CALLED_AFTER_CLAUSE = /\b(?:creates?|forms?|makes?|produces?|leaves?|contains?|has|have|into|with) (an? )?([a-z]+ (?:where|in which|that|which|whose) [^,;:()"“”]{6,80}), called ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?=[,.])/;

// ", measured in hertz (Hz)." closing a description.
const UNIT_AFTER = /, (?:usually |often |commonly )?(?:measured|expressed|recorded) in [a-z]+(?: [a-z]+){0,2}(?: \([A-Za-z°%/ ]{1,8}\))?\.$/;

/** A copula definition's question and statement description, for the description as asked. */
function copulaAsked(term: string, subject: string, verb: string, desc: string): Pick<Definition, "question" | "description" | "written"> {
  // "Odile is a quiet girl of nine …" is a person: "Who is …?", as for any person described.
  const asks = /^[A-Z]/.test(term) && describesPerson(desc) ? "Who" : "What";
  // "What is the height of the swell?" asks for a height, not the term that names it: a description headed by a measure
  // asks for its name ("What is the height of the swell called?").
  const named = asks === "What" && MEASURE_HEAD.test(desc) ? " called" : "";
  let question: string | null = /^(?:how|what)\b/.test(desc) ? `Which term means ${desc}?` : `${asks} ${verb} ${desc}${named}?`;
  if (PRONOUN.test(desc)) question = null;
  const written = { subject, text: desc, verb };
  const description = /\b(?:this|these|he|she|they|them)\b/i.test(desc) ? null : written;
  return { question, description, written };
}

// A description headed by a measure or amount ("the size of …", "a rate at which …", "the greatest height that …"): asked
// plainly, its answer would be a value.
const MEASURE_HEAD =
  /^(?:the|a|an) (?:[a-z]+ )?(?:size|amount|number|quantity|rate|speed|distance|height|length|width|depth|weight|mass|strength|level|degree|measure|pressure|temperature|frequency|volume|area|extent|proportion|ratio|share|value|price|cost|time|duration|age)s?(?= (?:of|at|in|that|which|to|between)\b|$)/;

// ("When you pour a salt into water, this is called dissolving.": "this" names the event the clause tells, asked with it
// kept. "If" opens the same shape. A reader's "you" in the clause is anyone, no pointer to settle.)
const WHEN_CALLED = /^(When|If) ([a-z][^,;:()"“”]{10,90}), (it|this|that) is (called|known as) ((?:a |an |the )?[a-z][\w-]*(?: [a-z][\w-]*){0,2})\.$/;
const POINTER_IN_CLAUSE = /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|we)\b/i;

const SMALL_COUNT = NUMBER_WORDS.slice(0, 11).join("|");
// Only parts of a thing ("the two lower chambers", "the three upper floors") are named this way: "The two rivers are the
// headwaters" says what the rivers are, not what they are called.
const PART_WORD = "(?:chambers|floors|storeys|rooms|layers|parts|sections|halves|lobes|valves|bones|teeth|wings|sides|ends|levels|halls|decks)";
const COUNTED = new RegExp(`^(?:The |A |An )?(?:${SMALL_COUNT}|both|several|many|few|\\d+) `, "i");
// "The three upper floors are the lofts." / "…, and they …" / "…, which …": the parts' own name ends the clause.
const COUNTED_NAMING = new RegExp(`^(The (?:${SMALL_COUNT}) (?!of\\b)(?:[a-z]+ )?${PART_WORD}) (are|were) the ([a-z]{4,})(?=\\.|,? and (?:they|these|each|both)\\b|, (?:which|so) )`);
const ROLE_NOUNS = /^(?:heirs|victors|winners|losers|founders|leaders|rulers|owners|survivors|members|parents|children|twins|brothers|sisters|sons|daughters|suspects|culprits|authors|players|partners|rivals|enemies|allies|friends)$/;

// Words that cannot end or sit inside a term read backwards from its description ("the worst case is stagflation" -> "stagflation").
const NOT_IN_TERM = /^(?:the|a|an|is|are|was|were|be|it|this|that|these|those|its|their|his|her|our|through|by|of|in|on|from|with|as|and|or|but|to|at|into|called|named|also|only|not|can|may|will|more|most|less|some|all|each|any)$/i;

const TERM_INTRO = /^(?:through|by|of|from|with|as|into|is|was|are|were|called|named|and|or)$/;

/**
 * A term the sentence names in passing and says what it is, either as ", which is the/a …," or in brackets as
 * "(often defined as …)": the term is the run of plain lower-case words (at most three) right before it.
 * The description must be a noun phrase of its own (an article first) with no pronoun, quote or bracket in it.
 */
function namedInPassing(text: string): { term: string; at: number; description: string } | null {
  const m = /(^|[a-z,] )((?:[a-z][\w-]*[ ]){0,3}?[a-z][\w-]*), which (?:is|was) ((?:the|a|an) [^,;:()"“”]{8,90}?)(?:, |\.$)/.exec(text) ??
    /(^|[a-z,] )((?:[a-z][\w-]*[ ]){0,3}?[a-z][\w-]*) \((?:often |usually |sometimes |commonly )?defined as ([a-z][^()"“”;]{8,90})\)/.exec(text);
  if (!m) return null;
  const words = m[2]!.split(" ");
  const kept: string[] = [];
  let i = words.length - 1;
  for (; i >= 0 && kept.length < 3 && !NOT_IN_TERM.test(words[i]!); i--) kept.unshift(words[i]!);
  // Named by a preposition or a copula ("through root wedging", "is a meltdown"); after "the" or a verb it is a
  // plain noun ("the town, which is a port …") or a clause, no term of the subject.
  if (kept.length === 0 || kept.join(" ").length < 4 || i < 0 || !TERM_INTRO.test(words[i]!)) return null;
  const description = m[3]!.trim();
  // "sealing its cracks" keeps its owner inside the phrase; any other pronoun points outside the sentence.
  if (/\b(?:it|they|them|this|these|those|he|she|his|her|him)\b/i.test(description)) return null;
  const term = kept.join(" ");
  return { term, at: m.index + m[1]!.length + m[2]!.length - term.length, description };
}

/** The description's first noun is a person ("a restless boy", "an old sailor"): compromise tags such nouns Actor. */
function describesPerson(desc: string): boolean {
  const noun = tagged(desc).find((t) => t.tags?.includes("Noun"));
  return noun?.tags?.includes("Actor") === true;
}

/**
 * Whether a noun phrase names many: its last word is tagged plural, or is a capitalised people's name in -s that the tagger
 * knows as no single place, firm or thing ("Vikings", "Aztecs"; not "Athens", "Wales", "Thames", "Rus"). A name in -es
 * standing alone is one person ("Pericles", "Xerxes", "Achilles", which the tagger reads as plurals) unless the singular is
 * a word the tagger knows; a people in -es comes with an article or an adjective ("the Danes", "Swedish Danes").
 */
function pluralHead(phrase: string): boolean {
  const words = tagged(phrase);
  const last = words.at(-1);
  if (!last) return false;
  const word = last.text.replace(/\W+$/, "");
  const tags = last.tags ?? [];
  if (/^[A-Z][a-z]+es$/.test(word) && words.length === 1 && !LEXICON[word.slice(0, -1).toLowerCase()]) return false;
  if (tags.includes("Plural")) return true;
  return /^[A-Z][a-z]+[^sui's]s$/.test(word) && !tags.some((t) => /^(?:Singular|Uncountable|Place|Organization)$/.test(t));
}

/** Whether the tagger reads a word after the first as a verb (the first may be a verb-like name, "Mount", "Crossing"). */
function hasVerb(phrase: string): boolean {
  return tagged(phrase)
    .slice(1)
    .some((t) => t.tags?.includes("Verb") === true && !t.tags.includes("Noun") && !t.tags.includes("ProperNoun"));
}
