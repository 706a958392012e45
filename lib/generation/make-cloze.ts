import { centuryNumber, centuryOrdinalLike } from "./century-words";
import { blankClause, laterClauseStem } from "./clause-stems";
import { datesLastingState } from "./lasting-state";
import { acceptedAliases, centuryWithoutEra } from "./aliases";
import { keyKindOf, spanBase, spanPenalty } from "./confidence";
import { pickDistractors, type DistractorContext } from "./distractors";
import { stemWorksOut } from "./fair-number-options";
import { agentQuestion } from "./agent-question";
import { placeQuestion } from "./place-question";
import { namedByFeature } from "./place-head";
import { articleKindHint } from "./place-kind-hint";
import { complementQuestion, dangles, dateQuestion, resolvePerson, subjectQuestion, withContext, writeOutOpening } from "./question-stems";
import { keepsStatedGap, tiedByGap } from "./relative-time";
import type { GeneratedQuestion, Sentence, Span } from "./types";
import { choiceQuestion, sourceOfSpan, statementQuestion } from "./question-parts";
import { BLANK } from "./blank";
import { sameNumberOnce } from "./repeated-figure";
import { withoutInsertedLink } from "./drop-inserted-link";
import { dateInNegatedClause } from "./negated-clause";
import { eraMarkAfter, yearWithEraForms } from "./year-eras";
import { modalHedged } from "./trim-statement";
import { headingOf, trivialCount } from "./trivial-count";
import { REALM_FIRST, REALM_LAST } from "./find-organisations";
import { fractionCased, fractionSwapRefused, isFraction } from "./fraction-swap";

/**
 * The sentence with the span blanked ("It" resolved to what it names). `byClause`: only the clause the blank is in (see
 * clause-stems), so a stem on one fact of a long sentence does not print its others.
 */
export function clozeFor(sentence: Sentence, span: Span, byClause = false): string {
  const offset = span.start - sentence.start;
  const end = offset + span.text.length;
  const part = byClause ? blankClause(sentence, offset, end, keyKindOf(span.type) === "date" || span.type === "NUMBER") : null;
  const tail = part && part.to < sentence.text.length ? `${sentence.text.slice(end, part.to)}.` : sentence.text.slice(end);
  // Asides in brackets ("(also Asoka; pronounced …; c.304 – 232 BCE)") only make the stem harder to read: they go, unless the blank is in one.
  // A second clause after a semicolon says something else: the stem ends with the blank's own clause.
  // A list item that closes on ";" ends as a sentence when it reads as one (opens with a capital); else the ";" stays and the stem is refused.
  const after = withoutAsides(tail)
    .replace(/;\s.*$/, ".")
    .replace(/;$/, /^["'“‘(]?[A-Z0-9]/.test(sentence.text) || sentence.opener === "" ? "." : ";");
  const later = part?.later ? laterClauseStem(sentence, withoutAsides(sentence.text.slice(part.from, offset)) + BLANK + after, part.from) : null;
  if (later) return span.type === "NUMBER" ? sameNumberOnce(later, span.text) : later;
  const stem = withoutAsides(sentence.text.slice(0, offset)) + BLANK + after;
  const written = writeOutOpening(stem, sentence);
  // (A figure given twice, "_____ degrees north and 90 degrees south", would show the key: "the same number of degrees".)
  return span.type === "NUMBER" ? sameNumberOnce(written, span.text) : written;
}

function withoutAsides(text: string): string {
  return text.replace(/ \([^()]{1,120}\)(?=[\s,.;:])/g, "");
}

/** A real question where the sentence's shape is sure, else the cloze; with the sentence before when it points back. */
function stemFor(sentence: Sentence, span: Span, previous?: Sentence): { stem: string; question: boolean } | null {
  const question =
    (span.type === "PERSON" ? subjectQuestion(sentence, span, "Who") : null) ??
    agentQuestion(sentence, span) ??
    placeQuestion(sentence, span) ??
    (keyKindOf(span.type) === "name" ? complementQuestion(sentence, span) : dateQuestion(sentence, span));
  const stem = withContext(withoutInsertedLink(question ?? clozeFor(sentence, span, true)), sentence, previous);
  return stem ? { stem, question: Boolean(question) } : null;
}

/** A date in a clause that denies ("was not repaired in 1703") dated nothing that happened: any other date fits its blank. */
function deniedDate(sentence: Sentence, span: Span): boolean {
  return keyKindOf(span.type) === "date" && dateInNegatedClause(sentence.text, span.start - sentence.start, span.end - sentence.start);
}

/** Confidence for a question on one span: the span's kind, its sentence, the question's form. */
function confidenceOf(sentence: Sentence, span: Span, factor: number): number {
  return spanBase(span) * spanPenalty(sentence, span) * factor;
}

/** Multiple choice on a cloze stem: the span blanked, three same-type distractors. */
export function makeMultipleChoice(sentence: Sentence, span: Span, ctx: DistractorContext, random: () => number, score: number, previous?: Sentence): GeneratedQuestion | null {
  if (deniedDate(sentence, span)) return null;
  const shaped = stemFor(sentence, span, previous);
  if (!shaped) return null;
  const stem = shaped.stem;
  const distractors = pickDistractors(span, stem, ctx, 3, random);
  if (distractors.length < 3) return null;
  // A fraction that opened its sentence ("Two thirds of …") keeps no capital among the options: else the key stands out.
  const cased = (o: string) => (isFraction(span.text) ? fractionCased(o, " ") : o);
  const { options, answerKey } = choiceQuestion(cased(span.text), distractors.map(cased), random);
  return {
    type: "MULTIPLE_CHOICE",
    prompt: stem,
    options,
    answerKey,
    answerText: cased(span.text),
    source: sourceOfSpan(sentence, span),
    spanType: span.type,
    keyKind: keyKindOf(span.type),
    score,
    confidence: confidenceOf(sentence, span, shaped.question ? 1 : 0.95),
  };
}

const TYPE_HINT: Partial<Record<Span["type"], string>> = {
  PERSON: "a person",
  COUNTRY: "a country",
  CITY: "a city",
  PLACE: "a place",
  ORG: "an organisation",
  EVENT: "an event",
  FULL_DATE: "a date",
  YEAR: "a year",
  MONTH_YEAR: "a month and year",
  DECADE: "a decade",
  CENTURY: "a century, such as 9th century",
  NUMBER: "a number, in figures",
  TERM: "a term from the article",
};

/** The century a hint shows as an example: never the key's own. */
function exampleCentury(span: Span): string {
  const example = centuryNumber(span.text) === 9 ? 4 : 9;
  return centuryOrdinalLike(example, span.text);
}

/** A century BC is hinted with its era, so the century typed alone ("7th century", "7th") is right too. */
function eraOfCenturyBC(span: Span): string | undefined {
  return span.type === "CENTURY" ? / (BCE?)$/.exec(span.text)?.[1] : undefined;
}

/** Other ways a student may rightly write the answer; `hinted` when the stem prints the key's kind after the blank. */
export function acceptedVariants(span: Span, articleText = "", hinted = false): string[] {
  const accepted = acceptedAliases(span, articleText);
  // "(a century BC, such as 9th century BC)": the hint settles the era, and the natural answer leaves it out, unless the
  // article has the same century in the other era.
  if (hinted && eraOfCenturyBC(span)) accepted.push(...centuryWithoutEra(span.text, articleText, true));
  // "founded in _____ BC", "in AD _____": the stem prints the era, and a student who types it as well, in any of its
  // spellings ("1200 BC", "1200 BCE", "1200 B.C."), is right too.
  const era = span.type === "YEAR" ? (eraMarkAfter(articleText, span.end) ?? /(?:^|\s)(AD|A\.D\.) $/.exec(articleText.slice(Math.max(0, span.start - 5), span.start))?.[1]) : undefined;
  return era ? [...accepted, ...yearWithEraForms(span.text, era)] : accepted;
}

// "… is now a _____.": what a thing has become, after "a", is a kind it belongs to; many true kinds fit the blank typed
// (a shrine, a museum, a listed site), and only the article's wording is marked right. Options settle it; typing does not.
const KIND_AFTER_BECOMING = new RegExp(`\\b(?:is|are|was|were) (?:now|today|still) an? ${BLANK}[.!]?$`);

/** The blank closes its stem as a kind after "is now a": a typed answer there tests wording. */
function typedCategory(stem: string): boolean {
  return KIND_AFTER_BECOMING.test(stem.replace(/ \([^()]*\)$/, ""));
}

// A realm's name, or an army's ("the Clay Army"): hinted as "a name", never as an organisation (see makeFillBlank).
const REALM_OR_ARMY = new RegExp(`\\b(?:${REALM_LAST}|Army|Warriors)$|^(?:${REALM_FIRST}) of `);

/** Fill in the blank with a typed answer; needs no distractors, so it suits names the gazetteer lacks. */
export function makeFillBlank(sentence: Sentence, span: Span, score: number, articleText = "", previous?: Sentence): GeneratedQuestion | null {
  // A place or person found only by NLP may be something else (an institution, a planet); "a name" never misleads.
  // A dynasty or a kingdom is no "organisation": "a name" never misleads. Nor is everything called an army ("the Clay Army"
  // of statues was hinted as an organisation, and judges failed the hint as misleading): "a name" fits a real army too.
  const realm = span.type === "ORG" && REALM_OR_ARMY.test(span.text);
  const bc = eraOfCenturyBC(span);
  // A place whose head is a kind word ("the Bay of Kell", "Lake Vell") is no city or country, whatever its last word names:
  // "a place" never misleads. (Not "a bay": the hint would print a word of the key, a giveaway by the gates' reading.)
  // A place the article calls another kind than the gazetteer's ("the colony of Vell" listed as a city) is hinted by the
  // article's own noun, or "a place": "(a city)" would contradict what the student just read.
  const feature = (span.type === "CITY" || span.type === "COUNTRY") && namedByFeature(span.text) ? "a place" : articleKindHint(span.text, span.type, articleText);
  // A capitalised name the article gives in quotation marks (a book, a building, a nickname) is no "term": "a name" fits it.
  const quotedName = span.type === "TERM" && span.typedOnly && /^[A-Z]/.test(span.text);
  const hint = feature ?? ((span.guessed && (span.type === "PLACE" || span.type === "PERSON")) || realm || quotedName ? "a name" : span.type === "NUMBER" && /^[a-z]/i.test(span.text) ? "a number" : bc ? `a century ${bc}, such as ${exampleCentury(span)} century ${bc}` : span.type === "CENTURY" ? `a century, such as ${exampleCentury(span)} century` : TYPE_HINT[span.type]);
  const shaped = deniedDate(sentence, span) ? null : stemFor(sentence, span, previous);
  if (!hint || !shaped || stemWorksOut(span, shaped.stem) || typedCategory(shaped.stem)) return null;
  return {
    type: "FILL_BLANK",
    prompt: shaped.question ? shaped.stem : `${shaped.stem} (${hint})`,
    options: [],
    answerKey: { kind: "text", accepted: acceptedVariants(span, articleText, !shaped.question) },
    answerText: span.text,
    source: sourceOfSpan(sentence, span),
    spanType: span.type,
    keyKind: keyKindOf(span.type),
    score,
    // A name read from its slot in the sentence is asked typed only, with "a name" as its hint: its guessed type misleads no one.
    confidence: confidenceOf(sentence, span, span.guessed && !span.typedOnly ? 0.88 : 0.93),
  };
}

/**
 * A true statement that only judges ("marked a turning point", "one of the
 * basic ideas") is answered True by anyone: judged weak every time.
 */
export function vagueness(text: string): number {
  return /\b(?:significant|important|importance|turning point|basic ideas?|remarkable|inventiveness|milestone|landmark|legacy|symbol|emblem|notable)\b/i.test(text) ? 0.8 : 1;
}

// Dates offered for a date tied to another by a gap: most break the gap, so a few are tried for one that keeps it.
const GAPPED_TRIES = 6;

// Where a sentence's first clause has ended: a semicolon or colon, or a comma before a linking word of a new clause.
const LATER_CLAUSE = /[;:]\s|,\s(?:and|but|while|whereas|where|which|who|until)\s/;
// A "which"/"who" clause closed by a comma is set inside the first clause, which goes on after it ("The bridge, which Hesta
// Crane designed, opened in 1862"): read without it, unless a linking word opens a new clause right after.
const SET_IN_CLAUSE = /,\s(?:which|who)\s[^,;:]*,\s(?!(?:and|but|while|whereas|where|which|who|until)\s)/g;

/** True or false: the sentence as written, or with one span swapped for a same-type value. */
export function makeTrueFalse(sentence: Sentence, span: Span, ctx: DistractorContext, random: () => number, score: number, dateBefore?: () => Span | undefined): GeneratedQuestion | null {
  // A statement is shown whole; one whose "It" needed resolving would not be the article's sentence.
  // In an article about one person, their "he"/"his" is named instead ("described his generosity" -> "… Musa's generosity").
  if (sentence.subject || dangles(resolvePerson(sentence.text, sentence))) return null;
  // Swapping a name whose kind is only guessed risks nonsense ("The dam created Mediterranean Sea"),
  // and a true statement that could never be false teaches nothing.
  if (span.guessed) return null;
  // A swapped name makes a claim the article does not settle ("ruled Syria"); only dates and numbers are swapped.
  const swappable = keyKindOf(span.type) === "date" || span.type === "NUMBER";
  const makeFalse = swappable && random() < 0.5;
  let statement = sentence.text;
  // A lasting state said at one date ("In 1858, the capital was …") may still hold at the swapped one: no sure False.
  if (makeFalse && keyKindOf(span.type) === "date" && datesLastingState(sentence.text, span.text)) return null;
  // Nor at a date the sentence denies anything happened: "was not repaired in 1810" is not settled by "not repaired in 1703".
  if (makeFalse && deniedDate(sentence, span)) return null;
  // Nor where the sentence only says what may have been: "2,100 may have lived there" is not denied by "3,000 may have".
  if (makeFalse && modalHedged(sentence.text)) return null;
  if (makeFalse) {
    // A date the sentence ties to the one before by a gap ("under a month later, on …") is swapped only for one that
    // keeps the gap: else the statement contradicts its own words (see relative-time).
    const gapped = keyKindOf(span.type) === "date" && tiedByGap(sentence.text, span.text);
    const anchor = gapped ? dateBefore?.() : undefined;
    const swap = pickDistractors(span, clozeFor(sentence, span), ctx, gapped ? GAPPED_TRIES : 1, random, true).find((o) => !gapped || keepsStatedGap(sentence.text, span, o, anchor));
    if (!swap) return null;
    // Nor by changing a small count ("four antennas" made "three"): a number detail, or a value false at a glance (see
    // trivial-count). (Read after the draw, so the questions after it draw as before.)
    if (span.type === "NUMBER" && trivialCount(span.text, ctx.articleText.slice(span.end, span.end + 40), headingOf(ctx.articleText), ctx.articleText)) return null;
    const offset = span.start - sentence.start;
    const head = sentence.text.slice(0, offset);
    // A date or figure in a later clause ("…, and work began in 1859", "…: by 1470 …") is a side detail's: a near value
    // swapped in there tests trivia, not the sentence's point (judges failed it). Only the first clause's is changed.
    if (LATER_CLAUSE.test(head.replace(SET_IN_CLAUSE, " "))) return null;
    // A fraction after "the eastern" or "its": the smaller part may still be true (see fraction-swap).
    if (fractionSwapRefused(head, span.text, swap)) return null;
    statement = head + fractionCased(swap, head) + sentence.text.slice(offset + span.text.length);
  }
  return statementQuestion({
    statement: resolvePerson(statement, sentence),
    isTrue: !makeFalse,
    source: sourceOfSpan(sentence, span),
    keyKind: keyKindOf(span.type),
    spanType: span.type,
    score,
    // A swapped statement is only as safe as the swap; a copied one may test wording more than a fact.
    confidence: confidenceOf(sentence, span, makeFalse ? 0.86 : 0.88) * (makeFalse ? 1 : vagueness(sentence.text)),
  });
}
