import { pickDistractors, type DistractorContext } from "./distractors";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence, Span } from "./types";

export const BLANK = "_____";

function stemFor(sentence: Sentence, span: Span): string {
  const offset = span.start - sentence.start;
  const stem = sentence.text.slice(0, offset) + BLANK + sentence.text.slice(offset + span.text.length);
  return sentence.subject ? stem.replace(/^It\b/, sentence.subject) : stem;
}

function sourceOf(sentence: Sentence, span: Span) {
  return { sentence: sentence.text, start: sentence.start, end: sentence.end, answer: { start: span.start, end: span.end } };
}

/** Multiple choice on a cloze stem: the span blanked, three same-type distractors. */
export function makeMultipleChoice(sentence: Sentence, span: Span, ctx: DistractorContext, random: () => number, score: number): GeneratedQuestion | null {
  const stem = stemFor(sentence, span);
  const distractors = pickDistractors(span, stem, ctx, 3);
  if (distractors.length < 3) return null;
  const options = shuffle([span.text, ...distractors], random).map((text, i) => ({ id: String.fromCharCode(97 + i), text }));
  return {
    type: "MULTIPLE_CHOICE",
    prompt: stem,
    options,
    answerKey: { kind: "choice", optionId: options.find((o) => o.text === span.text)!.id },
    answerText: span.text,
    source: sourceOf(sentence, span),
    spanType: span.type,
    score,
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
  NUMBER: "a number, in figures",
  TERM: "a term from the article",
};

/** Other ways a student may rightly write the answer. */
export function acceptedVariants(span: Span): string[] {
  const accepted = [span.text];
  if (span.type === "PERSON") {
    const parts = span.text.split(/\s+/);
    if (parts.length > 1) accepted.push(parts[parts.length - 1]!);
  }
  if (span.type === "DECADE") accepted.push(`the ${span.text}`, span.text.replace(/^(\d{4})s$/, "$1's"));
  if (span.type === "COUNTRY" && /^(United|Soviet)/.test(span.text)) accepted.push(`the ${span.text}`);
  return [...new Set(accepted)];
}

/** Fill in the blank with a typed answer; needs no distractors, so it suits names the gazetteer lacks. */
export function makeFillBlank(sentence: Sentence, span: Span, score: number): GeneratedQuestion | null {
  // A place found only by NLP may be an institution; "a name" never misleads.
  const hint = span.guessed && span.type === "PLACE" ? "a name" : TYPE_HINT[span.type];
  if (!hint) return null;
  return {
    type: "FILL_BLANK",
    prompt: `${stemFor(sentence, span)} (${hint})`,
    options: [],
    answerKey: { kind: "text", accepted: acceptedVariants(span) },
    answerText: span.text,
    source: sourceOf(sentence, span),
    spanType: span.type,
    score,
  };
}

/** True or false: the sentence as written, or with one span swapped for a same-type value. */
export function makeTrueFalse(sentence: Sentence, span: Span, ctx: DistractorContext, random: () => number, score: number): GeneratedQuestion | null {
  // A statement is shown whole; one whose "It" needed resolving would not be the article's sentence.
  if (sentence.subject) return null;
  // Swapping a name whose kind is only guessed risks nonsense ("The dam created Mediterranean Sea"),
  // and a true statement that could never be false teaches nothing.
  if (span.guessed) return null;
  const makeFalse = random() < 0.5;
  let statement = sentence.text;
  if (makeFalse) {
    const [swap] = pickDistractors(span, stemFor(sentence, span), ctx, 1);
    if (!swap) return null;
    const offset = span.start - sentence.start;
    statement = sentence.text.slice(0, offset) + swap + sentence.text.slice(offset + span.text.length);
  }
  return {
    type: "TRUE_FALSE",
    prompt: statement,
    options: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answerKey: { kind: "choice", optionId: makeFalse ? "false" : "true" },
    answerText: makeFalse ? "False" : "True",
    source: sourceOf(sentence, span),
    spanType: span.type,
    score,
  };
}
