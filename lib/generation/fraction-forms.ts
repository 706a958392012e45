/**
 * A fraction written in words ("half", "a third", "three quarters") is one amount however it is typed: the hint says
 * "a number", so a student may answer in figures or as a percentage. Judges failed a typed blank that took only "half"
 * and turned away "50%". Each fraction maps to the forms that say exactly it (a percentage rounded to whole units
 * for thirds, as people write them); none to a looser neighbour ("most", "nearly half").
 */
const FORMS: Record<string, { words: string[]; figures: string[]; percent: string[] }> = {
  half: { words: ["half", "a half", "one half", "one-half"], figures: ["1/2"], percent: ["50"] },
  third: { words: ["a third", "one third", "one-third"], figures: ["1/3"], percent: ["33", "33.3"] },
  quarter: { words: ["a quarter", "one quarter", "one-quarter", "a fourth", "one fourth"], figures: ["1/4"], percent: ["25"] },
  "two thirds": { words: ["two thirds", "two-thirds"], figures: ["2/3"], percent: ["67", "66.7"] },
  "three quarters": { words: ["three quarters", "three-quarters", "three fourths"], figures: ["3/4"], percent: ["75"] },
  fifth: { words: ["a fifth", "one fifth", "one-fifth"], figures: ["1/5"], percent: ["20"] },
  tenth: { words: ["a tenth", "one tenth", "one-tenth"], figures: ["1/10"], percent: ["10"] },
};

/**
 * The one fraction a key in words names ("a third", "One-Third" -> "third"), or undefined for anything else. The one
 * table of what counts as the same amount: typed forms here, and distractors, which must never offer one amount twice.
 */
export function fractionOf(text: string): string | undefined {
  const key = text.toLowerCase().replace(/-/g, " ").replace(/^(?:a|one) /, "");
  return key in FORMS ? key : undefined;
}

/** One way to write each amount, for options: "a third" and "one third" are never two choices. */
export const FRACTION_OPTIONS = ["half", "a third", "a quarter", "two thirds", "three quarters", "a fifth", "a tenth"];

/**
 * Every exact way to type the fraction a key in words names: words, figures and percentages written out ("50 per
 * cent"). Never "50%": grading drops the sign, so it would take a plain count "50" (or "ten" for "a tenth") as well.
 */
export function fractionForms(text: string): string[] {
  const fraction = fractionOf(text);
  if (!fraction) return [];
  const { words, figures, percent } = FORMS[fraction]!;
  return [...words, ...figures, ...percent.flatMap((p) => [`${p} percent`, `${p} per cent`])];
}
