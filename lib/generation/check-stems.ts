import { BLANK } from "./blank";
import { COUNTED_REASONS } from "./counted-reasons";
import { FINITE_HINT, hasFiniteVerb, IRREGULAR_PAST_WORD } from "./finite-verb";
import { ADDING_ALSO } from "./linking-words";
import { dangles, HANGING_JOIN, tagged } from "./question-stems";
import { seenWordTags, wordTagsMemo } from "./seen-word-tags";
import type { GeneratedQuestion } from "./types";

/**
 * Checks on what a question shows, run on every candidate whatever made it:
 * does the stem stand alone (no fragment, nothing left pointing back), and does
 * it read as English. Each returns a reason, or null when the stem is sound.
 */

export type StemFailure = "stem-fragment" | "stem-dangles" | "stem-ungrammatical" | "stem-gives-key-away";

/** The stem as a student reads it, without the "(a name)" hint a typed cloze carries. */
export function shownStem(q: GeneratedQuestion): string {
  return q.prompt.replace(/ \([^)]*\)$/, "");
}

/** The sentence the stem was cut from when it is a cloze or a statement; a built question ("Why …?") is checked as itself. */
function isBuiltQuestion(stem: string): boolean {
  return !stem.includes(BLANK) && /\?$/.test(stem);
}

// "Key facts: …", "Date: 1661 …": a label and a colon opening the line.
const LABEL = /^[A-Z][\w'’ -]{0,40}:\s/;
const COUNTED_REASONS_LEAD = new RegExp(String.raw`^[^:]+ ${COUNTED_REASONS}\s`);

/** "Came a second fleet …", "Landed at the bay": a clause cut so that it opens with its verb has no subject. */
export function opensWithVerb(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const [first, second] = words;
  if (!first) return true;
  const word = first.toLowerCase().replace(/[^a-z]/g, "");
  // "Alfred founded the abbey", "Set designers built the stage": a verb just after means the first word is (part of) the subject.
  const verbFollows = words.slice(1, 4).some((w) => {
    const next = w.toLowerCase().replace(/[^a-z]/g, "");
    return IRREGULAR_PAST_WORD.test(next) || /^[a-z]{3,}ed$/.test(next) || /^(?:was|were|is|are|had|has)$/.test(next);
  });
  if (verbFollows) return false;
  if (IRREGULAR_PAST_WORD.test(word) || /^(?:was|were|is|are|had|has|did|does|began|begins|came|comes|went|goes)$/.test(word)) return true;
  // "Landed on …" but not "United States", "Red Cross": a past form before a lower-case word.
  return /^[A-Z][a-z]{3,}ed$/.test(first) && /^[a-z]/.test(second ?? "");
}

/** A line lifted from a bullet list or a "key facts" block: a label and colon, a lower-case or bulleted start, or no finite verb. */
/**
 * "Orla Venn founded a _____ for scribes." from the bullet "founded a school for scribes;" under "She also:": the stem has
 * the doer its lead-in gave written before the item's own words (see lead-in-doers), so it stands as a sentence.
 */
function carriesLeadDoer(stem: string, source: string): boolean {
  const verb = /^([a-z]+) /.exec(source)?.[1];
  const at = verb ? stem.indexOf(` ${verb} `) : -1;
  return at > 0 && /^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$/.test(stem.slice(0, at)) && source.startsWith(stem.slice(at + 1).split(BLANK)[0]!);
}

export function isFragment(text: string): boolean {
  const t = text.trim();
  // "pH is …" starts in lower case and is a sentence; "and the army …" is not.
  if (/^[-•*–·▪]\s|^[a-z]+[\s,]/.test(t)) return true;
  // (A label names a field, "Key figure: …"; one opening on a subject pronoun is a clause, "It brought harm: it …".)
  // (Nor is a short clause that counts the reasons it lists, "Millers charge a fee for three reasons: …".)
  if (LABEL.test(t) && !FINITE_HINT.test(t.slice(0, t.indexOf(":"))) && !/^(?:It|They|He|She|We|There)\s/.test(t) && !COUNTED_REASONS_LEAD.test(t)) return true;
  // "The stronger the push, the faster the cart": a sentence with no verb, and a whole one.
  if (/^The (?:more|less|fewer|[a-z]+er)\b[^,]*, the (?:more|less|fewer|[a-z]+er)\b/.test(t)) return false;
  // A short line with no finite verb ("Landing on the island in 1661.") is a note, not a sentence.
  return t.split(/\s+/).length <= 16 && !hasFiniteVerb(t);
}

// A way of doing or a kind of thing, described in its own sentence: "this system", "this method", "this style".
const KIND_NOUN = /^(?:system|systems|method|methods|approach|technique|model|style|form|kind|type|sort|rule|process|practice|policy|scheme|design|idea|theory|arrangement|pattern)$/;
// A manner or place "this" points to ("in this way", "to this spot"): late in a sentence still told by a sentence before.
const MANNER_OR_PLACE = /^(?:way|manner|fashion|means|spot|place|site|location|area|region|village|town|city|land|island|valley|river|lake|house|room|building)$/;
// Words after "this/these" that are not the noun it points with ("which of these is", "these include").
const NOT_NOUN = /^(?:is|are|was|were|has|have|had|include|includes|included|in|of|on|at|to|and|or|with|by|for|as|that|which|can|could|may|might|will|would|did|do|does)$/;
// A sentence that opens on one member of a set named before it ("The other kind", "The second part", "Others"), with no "of …"
// and no appositive naming it ("The second part, the slow guard, …" says which it is: the trim keeps that appositive).
/** Words that place one member in a set the sentence before named ("the second …", "the other …"). */
export const SET_ORDINALS = "first|second|third|fourth|fifth|last|final|next|other|latter|former|remaining";
const ONE_OF_A_SET = new RegExp(
  String.raw`^(?:The (?:${SET_ORDINALS}) (?:part|parts|kind|kinds|type|types|one|ones|group|groups|half|form|forms|sort|line|lines|system|branch|branches)\b(?! of\b)(?!, the [^,.;]{1,60},)` +
    // "Other plates …", "The other boats …", "The same king …", "The latter …", "The rest …", "Others …": the set, or the
    // one, is in the sentence before.
    String.raw`|(?:Others|Another|Other [a-z]+|The others|The rest|The same [a-z]+|The (?:latter|former))\b(?! of\b)|The other [a-z]+\b(?! of\b)(?!, the [^,.;]{1,60},)` +
    // "The second is the …", "The first was built …": the ordinal alone counts off a list the sentence before opened.
    String.raw`|The (?:${SET_ORDINALS}) (?:is|was|are|were|has|had)\b` +
    // "The largest pieces measure …", "The oldest ones …": the biggest of a set of pieces the sentence before named.
    String.raw`|The [a-z]{2,}est (?:part|parts|piece|pieces|one|ones|kind|kinds|type|types|group|groups|section|sections|member|members)\b(?! of\b))`,
);
/**
 * A part or member named without its whole ("through the opening", "the family moved …"): of what, the sentence before says.
 * (Read in statements, which stand alone; a blank's stem shows its own sentence around it.)
 */
export const PART_WITHOUT_WHOLE = /\bthe (?:bottom|top|opening|end|front|back|rest|family|middle|edge|base|inside|outside|remainder|others)\b(?! of\b)/i;
// A generic word for a happening, never introducing what it means.
const EVENT_NOUN = /\b(?:the|this) (event|events|incident|episode|occasion|affair)\b/i;

// A count standing for its noun at the head of a clause, the word after it ("Thousands take …"); never "Many of the …".
const BARE_COUNT = /^(?:(?:Today|Now|Then|Soon|Later|Since then|By then|In all|Eventually|Altogether),? )?(?:Thousands|Hundreds|Millions|Dozens|Scores|Many|Most|Several|Few|Both) (?:more |now |still |also )?(?!of\b)([a-z]+)\b/i;

/** Whether the word after the count is the clause's verb as the tagger reads the whole clause ("Many died", not "Many weaving families"). */
function countStandsAlone(clause: string, next: string): boolean {
  const term = tagged(clause).find((t) => t.text.toLowerCase() === next.toLowerCase());
  const tags = term?.tags ?? [];
  return tags.includes("Verb") && !tags.some((t) => t === "Noun" || t === "Gerund" || t === "Adjective" || t === "Plural");
}

// "That stretch …", "Today those boats …": a pointing "that"/"those" and its noun opening the stem.
const THAT_NOUN = /^(?:(?:Today|Now|Then|By then|Since then|Even now|Later),? )?(?:That|those|Those|that) (?:same )?([a-z][a-z-]+)\b/;

/** A stem word that points back to something the stem never names: "this chief", "these canoes", "the event". */
export function pointsOutside(stem: string, title = ""): boolean {
  // Asked of one stem by several checks: answered once while the article's word tags (which dangles reads) stay as they are.
  return outside(`${title}\u0000${stem}`, () => pointsOutsideNow(stem, title));
}
const outside = wordTagsMemo<boolean>();

function pointsOutsideNow(stem: string, title: string): boolean {
  // "a ball that is rolling", "legends that were written": a relative "that", not a pointing one; "Which of these": the options (but "two of these workers" points back to workers the stem must name).
  // "… create valleys. This happens if …": a "this" opening a later sentence of the stem points to the sentence before it, which is shown.
  const plain = stem
    .replace(/([.?!] )(?:This|That) (?=(?:is|was|happens|happened|means|meant|shows|showed|led|leads|made|makes|works|helps|helped|causes|caused|explains)\b)/g, "$1It ")
    // "When the snow melts in spring, what is it called?": the "it" stands for the clause before it, or its subject, both shown.
    .replace(/^(When [^,]+, what (?:is|was)) it (?=(?:called|known as)\?$)/, "$1 the thing ")
    // … and so does "What is it called when the snow melts?", the "it" before the clause it names.
    .replace(/^(What (?:is|was)) it (?=called when )/, "$1 the thing ")
    .replace(/\b([a-z]{3,}) that (?=(?:is|was|are|were)\b)/g, "$1 which ").replace(/\b([Ww]hich of|[Pp]ut) these\b/g, "$1 the options").replace(/\b([Oo]f) these\b(?! (?!(?:is|are|was|were|has|have|had|did|does|do|can|could|would|will|might|may)\b)[a-z])/g, "$1 the options");
  if (dangles(plain) || BARE_THIS.test(plain)) return true;
  const lower = plain.toLowerCase();
  // The title's words, read once per stem: a kind noun is all letters, so it stands as a whole word in the title exactly
  // when it is one of these (no pattern compiled per "this <noun>").
  const lowerTitle = title.toLowerCase();
  const titleWords = new Set(lowerTitle.split(/\W+/));
  for (const m of lower.matchAll(/\b(this|these) ([a-z][a-z-]+)(?: ([a-z][a-z-]+))?/g)) {
    // The title is shown above every question: "this declaration" under "The Joint Declaration of 1956" points to it.
    const before = `${lowerTitle} \n ${lower.slice(0, m.index)}`;
    if (/\b(?:to|until|at) $/.test(before) && /^(?:day|time|point)$/.test(m[2]!)) continue;
    if (NOT_NOUN.test(m[2]!)) continue;
    // Late in its sentence, "this step" names what the sentence itself has just said ("… admitted women, the first to take this step").
    const inStem = lower.slice(0, m.index);
    const sentenceBefore = inStem.slice(Math.max(inStem.lastIndexOf(". "), inStem.lastIndexOf("? ")) + 1);
    // (Not a kind of thing, "switched to this system", "used this method": that is the one a sentence before described.
    // Nor a manner or a place, "was formed in this way", "came back to this spot": a sentence's own words tell a deed, not
    // the way or the place of it, which only a sentence before can; such a noun must be named before it, as below.)
    if (m[1] === "this" && sentenceBefore.split(/\s+/).filter(Boolean).length >= 8 && !KIND_NOUN.test(m[2]!) && !MANNER_OR_PLACE.test(m[2]!)) continue;
    // "switched to this system" is the one some sentence before described: a shown sentence may name another ("unlike the
    // plurality system"), so no stem shows it fairly, unless the title names that one thing.
    if (m[1] === "this" && KIND_NOUN.test(m[2]!) && !/^ of\b/.test(lower.slice(m.index! + 5 + m[2]!.length)) && !titleWords.has(m[2]!)) return true;
    // The noun (or, after a describing word, the word after it) is named earlier: "… double canoes … these canoes".
    const nouns = [m[2]!, m[3]].filter((w): w is string => Boolean(w) && !NOT_NOUN.test(w!));
    if (!nouns.some((w) => before.includes(w.slice(0, Math.max(4, Math.min(5, w.length - 1)))))) return true;
    // A title that names many ("Voting Systems", "Five Dances") names no one of them: "this system" is the one a sentence
    // before described, unless the stem itself names the noun.
    if (m[1] === "this" && nouns.every((w) => !inStem.includes(w.slice(0, Math.max(4, Math.min(5, w.length - 1))))) && nouns.some((w) => pluralOnlyIn(lowerTitle, w))) return true;
  }
  // "Today that stretch of road is paved", "Those ships sailed on": a stem that opens on "that"/"those" and a noun points to
  // one a sentence before named (a shown sentence before would put it later than the stem's start), unless the title names it.
  const opener = THAT_NOUN.exec(plain);
  if (opener && !NOT_NOUN.test(opener[1]!) && !titleWords.has(opener[1]!)) return true;
  // "… reached this stage in the 1900s": a stage or phase of a sequence the stem does not lay out, however long the sentence.
  const stage = /\bthis (stage|phase)\b(?! of\b)/.exec(lower);
  if (stage && !lower.slice(0, stage.index).includes(stage[1]!) && !titleWords.has(stage[1]!)) return true;
  // "_____, which grew fast, is a well-known example.": an example of what the sentence before said, named nowhere here.
  if (/\b(?:is|was|are|were) (?:a|an|one|another) (?:[a-z-]+ ){0,2}examples?[.!]$/.test(plain)) return true;
  // "Orvel passed the title to his nephew": which title, a sentence before said (not "the title of warden", nor "the title
  // _____" or "the title Kandake", which name it).
  const titled = /\bthe title\b(?! of\b| _____| ["“‘']?[A-Z])/.exec(plain);
  if (titled && !lower.slice(0, titled.index).includes("title") && !titleWords.has("title")) return true;
  // "Shorter but also coiled, the _____ …": a comparison whose other side is in a sentence the stem does not show.
  const last = plain.slice(Math.max(plain.lastIndexOf(". "), plain.lastIndexOf("? ")) + 1).trim();
  // (An adverb or link that only ends in "-er", "Altogether, …", "Moreover, …", "Whenever …", compares nothing.)
  if (/^(?:More|Less|Fewer|[A-Z][a-z]{2,}er)\b(?: but| and|,)/.test(last) && !/\bthan\b/.test(last) && !/^(?:Under|Over|After|Later|Never|Neither|Either|Other|Whether|Water|Winter|Summer|Rather|(?:Al)?together|Further|Power|Paper|Weather|(?:How|More|What|When|Wher|There|Here)ever|(?:There|Here)after|Remember|Consider|Moreover)\b/.test(last)) return true;
  // "The second part is slower …", "Others wanted …": one of a set the sentence before named, the set left out.
  if (ONE_OF_A_SET.test(last)) return true;
  // "Today hundreds are held each spring", "Many died": a bare count as the subject, of what the sentence before said.
  const counted = BARE_COUNT.exec(last);
  if (counted && countStandsAlone(last, counted[1]!)) return true;
  const event = EVENT_NOUN.exec(plain);
  if (event && !lower.slice(0, event.index).includes(event[1]!.toLowerCase().replace(/s$/, ""))) return true;
  return false;
}

// "France used this as an excuse", "did this in 1862": a bare "this" as the object stands for a whole event the sentence
// before told. In any sentence of the stem: a shown sentence before may tell another thing than the one it stands for.
const BARE_THIS = /\b(?:[a-z]+ed|did|saw|took|made|meant|gave|found|felt|thought|said|knew|told|led) this(?=[.,;]| (?:as|to|into|for|in|on|with|from|by|at|when|because)\b)/;

/**
 * "The plot runs through a string of crimes: Remembering the prophecy, he hires …": a list's lead joined to one of its
 * items, which opens on its own capital as a sentence of its own. The two read as no one sentence. (A name after the
 * colon, "one rival: Orlen", is the list itself; "the book: The Lost Road" a title.)
 */
function stitchedAtColon(stem: string): boolean {
  const m = /: ([A-Z][a-z]+)\b/.exec(stem);
  if (!m) return false;
  const tags = tagged(m[1]!)[0]?.tags ?? [];
  return tags.some((t) => t === "Verb" || t === "Preposition" || t === "Pronoun" || t === "Conjunction" || t === "Adverb");
}

function pluralOnlyIn(title: string, singular: string): boolean {
  return new RegExp(`\\b${singular}e?s\\b`).test(title) && !new RegExp(`\\b${singular}\\b`).test(title);
}

const WH = /^(?:Who|Whom|Whose|What|Which|When|Where|Why|How|In what|On what|In which|At what|To whom)\b/;

/** Template stems that do not read as English ("Which term is an organ …", "Which term is also where …"), doubled words, a question without its mark. */
export function isUngrammatical(stem: string): boolean {
  if (/^Which (?:term|word)s? (?:is|was|are|were)\b(?! (?:used|given|defined|the name|another name))/.test(stem)) return true;
  if (/^Which (?:term|word)s? also\b/.test(stem)) return true;
  // "Many of whom belonged to the guild, Ada …", "Which stood by the river.": a cut that left a relative clause without the
  // noun it hangs on.
  if (/^(?:(?:Many|Some|Most|All|Few|None|Several|Each|Both|One|Two|Three|Four|Five|Half|Much|Part|Any) of (?:whom|which)|Whom|Whose|Which|Who)\b(?![^?]*\?)/.test(stem)) return true;
  // "A young tailor, was arrested …": a cut that left a subject's apposition and its comma, but not the subject.
  if (/^[A-Z][^,?]{2,60}, (?:was|were|is|are|has|had|have) [a-z][^?]*$/.test(stem)) return true;
  // "Who is badly hurt and his arm is broken?": a "who" asked of the first of two clauses, the second with a subject of its own,
  // leaves that clause with nothing to ask.
  if (/^Who\b[^?]* and (?:his|her|their|its|the|a|an) [a-z]+ (?:is|was|are|were|has|had|have)\b[^?]*\?/.test(stem)) return true;
  if (/\b([a-z]{2,}) \1\b/i.test(stem.replace(/\b(?:that that|had had|is is)\b/gi, ""))) return true;
  // A built question without its mark ("What was the fort called."); a statement may well open with "When …".
  // ("When you are short of water, the brain …" is a statement: its opening clause closes with a comma before the main one.)
  const openingClause = /^(?:When|Where|While)\b[^?,]+, [a-z]/.test(stem);
  if (WH.test(stem) && !openingClause && /^\S+(?: \S+)? (?:is|are|was|were|did|does|do|has|have|had)\b/.test(stem) && !stem.includes(BLANK) && !/\?(?: \([^)]*\))?$/.test(stem)) return true;
  // "What is in Nepal …", "… and in Tibet it called?": a naming template run over a sentence it does not fit.
  // ("When magma cools, what is it called?" asks it properly: the pronoun follows its verb.)
  if (/^What (?:is|are|was|were) (?:in|on|at|by|for|from|with|to)\b/.test(stem) || /(?<!\b(?:is|are|was|were) )\b(?:it|they|he|she) (?:called|named)\?$/.test(stem)) return true;
  // "On what date did the crew return and splashed down?": only the first verb was put back to its base form.
  if (/^(?:In what year|On what date|When|In which \w+) did\b[^?]* and [a-z]{3,}ed\b/.test(stem)) return true;
  // A lone article or preposition at the end, left by a cut ("… was the."); a built question may end in its
  // preposition ("What did the clerks keep records of?").
  if (/^What (?:did|do|does) [^?]+ (?:of|to)\?(?: \([^)]*\))?$/.test(stem)) return false;
  // (Nor a joining word left at the end of a built question or a statement, "Who reaches the hut first and?", "Ada reached
  // the hut first and.": a cut inside a clause.)
  const closed = /^(.*)[.?!](?: \([^)]*\))?$/.exec(stem);
  return /\b(?:the|a|an|of|to)[.?]$/.test(stem) || (closed !== null && HANGING_JOIN.test(closed[1]!));
}

/** A one-word term key whose word family the stem shows ("evaporation" under "water evaporates"): the stem answers itself. */
export function cognateShown(q: GeneratedQuestion): boolean {
  const key = q.answerText.toLowerCase();
  if (q.type === "TRUE_FALSE" || !/^[a-z]{6,}$/.test(q.answerText)) return false;
  return new RegExp(`\\b${key.slice(0, 5)}`).test(shownStem(q).toLowerCase().replace(new RegExp(`\\b${key}\\b`, "g"), ""));
}

/**
 * "Who depends on the size of the waves?" -> "Loudness": "Who" asked of a word the article also writes in lower case, and never
 * reads as a person's name, is a thing or a quantity the tagger took for a name at the head of its sentence.
 */
function whoOfAThing(stem: string, answer: string): boolean {
  if (!/^Who\b/.test(stem) || !/^[A-Z][a-z]+$/.test(answer)) return false;
  const tags = seenWordTags(answer) ?? [];
  return !tags.some((t) => /^(?:Person|FirstName|LastName|MaleName|FemaleName|Actor|Honorific)$/.test(t)) && seenWordTags(answer.toLowerCase()) !== undefined;
}

// "From where did the earl also face a raid?": a built question's "also" (in the question itself, not a sentence shown before it) points to a first one the question does not name, and
// that one answers it too. ("What is the peak also called?" asks for another name, and stands.)
// (Only a "too" or "as well" that closes its clause adds: "too weak to carry …" is a degree.)
// "Who was later killed in the war?": a built question's "later" counts from a happening the question does not show.
const LATER_POINTS = /^(?:Who|What|Which|Whom)\b(?: [a-z]+)? (?:later|afterwards|subsequently)\b/;
const ALSO_POINTS = new RegExp(String.raw`\b(?:${ADDING_ALSO}|(?:too|as well)(?=\s*(?:[?.,;!]|$)))`, "i");

// An opening phrase of time or place, its comma, then a side clause running to the end, with no main clause after it.
const OPENING_AND_SIDE_CLAUSE_ONLY =
  /^(?:On|In|At|Around|About|By|During|Before|After|Near|From|Until|Since|Within|Throughout|Later|Then)\b[^,;]*, (?:when|while|as|after|before|because|since|if|although|though|until|once|where)\b[^,;]*[.!?]?$/;

/**
 * "In 1790, when the old miller lay sick.": a statement cut down to its opening and the side clause after it has lost its
 * main clause, however whole its source sentence. (The one copy of this rule: the statement checks call it too.)
 */
export function openingAndSideClauseOnly(statement: string): boolean {
  return OPENING_AND_SIDE_CLAUSE_ONLY.test(statement);
}

/** Why the stem of a question cannot be shown, or null. Ordering and matching show items, not a stem. */
export function stemFailure(q: GeneratedQuestion, title = ""): StemFailure | null {
  if (q.type === "ORDERING" || q.type === "MATCHING") return null;
  const stem = shownStem(q);
  // A stem or statement must end as a sentence: one closing on ":" introduces a list it does not show, one closing on ";"
  // is an item cut from its list.
  if (/[:;][."'”’)]*$/.test(stem)) return "stem-fragment";
  // (A choice of roles, "Who was Ilse Marr?" with "Poet", asks who only of a description the identity maker read as a person's.)
  if (isUngrammatical(stem) || (whoOfAThing(stem, q.answerText) && !(q.type === "MULTIPLE_CHOICE" && q.keyKind === "role"))) return "stem-ungrammatical";
  // A cloze or statement is the article's sentence (the last one when context is shown before it).
  if (!isBuiltQuestion(stem) && isFragment(q.source.sentence) && !carriesLeadDoer(stem, q.source.sentence)) return "stem-fragment";
  if (q.type === "TRUE_FALSE" && openingAndSideClauseOnly(stem)) return "stem-fragment";
  if (stitchedAtColon(stem)) return "stem-fragment";
  if (pointsOutside(stem, title) || (isBuiltQuestion(stem) && (ALSO_POINTS.test(stem.slice(stem.lastIndexOf(". ") + 1)) || LATER_POINTS.test(stem)))) return "stem-dangles";
  if (cognateShown(q)) return "stem-gives-key-away";
  return null;
}
