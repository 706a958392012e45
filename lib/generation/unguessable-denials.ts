import type { GeneratedQuestion } from "./types";

// A statement's own negative word: "not", "never", "no", "cannot", "didn't".
export const DENIES = /\b(?:not|never|no|cannot)\b|n['’]t\b/i;

/** A false statement made false by its negative ("Ilse did not found the guild."). */
export function isDenial(q: GeneratedQuestion): boolean {
  return q.type === "TRUE_FALSE" && q.answerText === "False" && DENIES.test(q.prompt);
}

/** A statement whose key the negative word does not foretell: a true one with a negative, or a false one without. */
function breaksPattern(q: GeneratedQuestion): boolean {
  return q.type === "TRUE_FALSE" && (q.answerText === "True") === DENIES.test(q.prompt);
}

/**
 * Whether a quiz's statements can be keyed by their wording alone: more denials than statements that break the pattern
 * (with none, every "not" is False and every other statement True).
 */
export function guessableByNegatives(chosen: GeneratedQuestion[]): boolean {
  const denials = chosen.filter(isDenial).length;
  return denials > 0 && denials > chosen.filter(breaksPattern).length;
}

/**
 * The first of `replacements` that `takeOne` lets in, in place of `old` (taken out while it is tried, so it holds no slot
 * and clashes with nothing); where none is let in, `old` goes back where it was.
 */
export function swapIn(chosen: GeneratedQuestion[], old: GeneratedQuestion, replacements: GeneratedQuestion[], takeOne: (q: GeneratedQuestion) => void): void {
  for (const f of replacements) {
    const at = chosen.indexOf(old);
    chosen.splice(at, 1);
    const before = chosen.length;
    takeOne(f);
    if (chosen.length > before) return;
    chosen.splice(at, 0, old);
  }
}

/** The questions from least to most sure, by score (the ones a swap gives up first). */
function weakestFirst(qs: GeneratedQuestion[]): GeneratedQuestion[] {
  return [...qs].sort((a, b) => a.score - b.score);
}

// How much less sure a true statement with a negative may be than the one it replaces (as for a denial's swap).
const LESS_SURE = 0.08;

export interface UnmaskInput {
  chosen: GeneratedQuestion[];
  ranked: GeneratedQuestion[];
  /** Adds a question where every rule of the quiz lets it in. */
  takeOne: (q: GeneratedQuestion) => void;
  /** The sentences a question is made from (its source offsets). */
  sentencesOf: (q: GeneratedQuestion) => number[];
  /** A false statement sure enough to ask a true one's (or a denial's) point in its place. */
  sureFalse: (f: GeneratedQuestion, t: GeneratedQuestion) => boolean;
  /** Above the review line with no check's note. */
  sure: (q: GeneratedQuestion) => boolean;
  /** The true copy a denial asks the point of, where it has one. */
  trueCopyOf: ReadonlyMap<GeneratedQuestion, GeneratedQuestion>;
}

/**
 * A quiz whose statements a class could key by the word "not" alone (a held-out judge saw every "not" keyed False and
 * every other statement True) is mended: a denial, then a true statement, is asked by a sure false statement of another
 * kind from the same sentence (a swapped detail); else the weakest true copy (then denial) gives its slot to a sure
 * statement of another sentence that breaks the pattern. No key changes: every question taken is a candidate as it was
 * made, and every rule of `takeOne` holds. (Where no such statement is sure, the quiz stays as it is: sending its denials
 * back to their true copies only makes every statement True, as easy to guess.)
 */
export function unmaskDenials(input: UnmaskInput): void {
  unmaskByOtherKinds(input);
  askSomeDenialsAsWritten(input);
  keepSomeNegativeTrue(input.chosen, input.ranked, input.takeOne, input.sure);
}

// Keys that are what a sentence says, not a detail of it: an article's own term, or the part a thing plays.
const POINT_KINDS: ReadonlySet<string> = new Set(["term", "definition", "function", "role"]);

/**
 * A question that asks its sentence's point as the denial did, not a detail beside it ("the port of _____" after the claim):
 * a statement of it keyed True, a question on one of the article's terms, or one whose key opens the sentence (its doer).
 */
function asksThePoint(q: GeneratedQuestion): boolean {
  if (q.type === "ORDERING" || q.type === "MATCHING") return false;
  if (q.type === "TRUE_FALSE") return q.answerText === "True";
  return POINT_KINDS.has(q.keyKind) || q.source.answer.start === q.source.start;
}

/**
 * Two or more denials still outnumbering the statements that break the pattern, where no false statement of another kind
 * fits: the weakest denial gives its slot back to its sentence asked another way (its true copy first, else the sentence's
 * surest other question that is no denial), until the denials no longer outnumber them. The sentence's point stays asked;
 * only the "not" a class could key it by goes. (One denial alone is no pattern, and stays.)
 */
function askSomeDenialsAsWritten({ chosen, ranked, takeOne, sentencesOf, sure, trueCopyOf }: UnmaskInput): void {
  const from = (q: GeneratedQuestion) => sentencesOf(q).join();
  const tooMany = () => chosen.filter(isDenial).length >= 2 && guessableByNegatives(chosen);
  for (const d of weakestFirst(chosen.filter(isDenial))) {
    if (!tooMany()) return;
    const copy = trueCopyOf.get(d);
    const others = ranked.filter((q) => q !== copy && from(q) === from(d) && !isDenial(q) && asksThePoint(q));
    swapIn(chosen, d, [...(copy ? [copy] : []), ...others].filter((q) => !chosen.includes(q) && sure(q)), takeOne);
  }
}

function unmaskByOtherKinds({ chosen, ranked, takeOne, sentencesOf, sureFalse, sure, trueCopyOf }: UnmaskInput): void {
  if (!guessableByNegatives(chosen)) return;
  const from = (q: GeneratedQuestion) => sentencesOf(q).join();
  const plainFalse = (q: GeneratedQuestion) => q.type === "TRUE_FALSE" && q.answerText === "False" && !DENIES.test(q.prompt);
  // A true copy: a true statement with no negative of its own.
  const plainTrue = (q: GeneratedQuestion) => q.type === "TRUE_FALSE" && q.answerText === "True" && !DENIES.test(q.prompt);
  // One statement put in place of another from its sentence, where `takeOne` lets it in; else the old one stays.
  const replace = (old: GeneratedQuestion, reference: GeneratedQuestion) => {
    swapIn(chosen, old, ranked.filter((q) => plainFalse(q) && from(q) === from(old) && !chosen.includes(q) && sureFalse(q, reference)), takeOne);
  };
  for (const d of weakestFirst(chosen.filter(isDenial))) if (guessableByNegatives(chosen)) replace(d, trueCopyOf.get(d) ?? d);
  for (const t of weakestFirst(chosen.filter(plainTrue))) if (guessableByNegatives(chosen)) replace(t, t);
  // Then a statement of another sentence that breaks the pattern (a sure false one with no negative, or a true one with
  // the article's own), in place of the weakest true copy, else of the weakest denial: a true copy is half a guess, and
  // the quiz leans on True already.
  const breakers = ranked.filter((q) => !chosen.includes(q) && breaksPattern(q));
  const spare = weakestFirst(chosen.filter(plainTrue));
  for (const old of [...spare, ...weakestFirst(chosen.filter(isDenial))]) {
    if (!guessableByNegatives(chosen)) return;
    const fits = breakers.filter((q) => !chosen.includes(q) && (q.answerText === "True" ? sure(q) && q.confidence >= old.confidence - LESS_SURE : sureFalse(q, trueCopyOf.get(old) ?? old)));
    swapIn(chosen, old, fits, takeOne);
  }
}

/** Two or more statements with a negative, every one keyed False: "not" alone tells a class the key. */
export function negativesAllFalse(chosen: GeneratedQuestion[]): boolean {
  const negatives = chosen.filter((q) => q.type === "TRUE_FALSE" && DENIES.test(q.prompt));
  return negatives.length >= 2 && negatives.every((q) => q.answerText === "False");
}

/**
 * A quiz whose every "not" is keyed False (judges of unseen sets named it a pattern a student who did not read could use,
 * even beside false statements of other kinds) asks one sentence that says "not" itself, true: the weakest true copy gives
 * its slot to a sure true statement keeping the article's own negative. The count of True and False keys stays as it was,
 * and no denial is dropped for it (each was a fair question); where no such statement is sure, the quiz stays as it is.
 */
function keepSomeNegativeTrue(chosen: GeneratedQuestion[], ranked: GeneratedQuestion[], takeOne: (q: GeneratedQuestion) => void, sure: (q: GeneratedQuestion) => boolean): void {
  if (!negativesAllFalse(chosen)) return;
  const negativeTruths = ranked.filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True" && DENIES.test(q.prompt) && !chosen.includes(q) && sure(q));
  const plainTruths = chosen.filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True" && !DENIES.test(q.prompt)).sort((a, b) => a.score - b.score);
  for (const old of plainTruths) {
    if (!negativesAllFalse(chosen)) return;
    swapIn(chosen, old, negativeTruths.filter((q) => !chosen.includes(q) && q.confidence >= old.confidence - LESS_SURE), takeOne);
  }
}
