/**
 * Centuries written in words ("the twentieth century", "the fifteenth century BC") are dates as much as "20th century":
 * the date machinery reads both forms through these, and writes a wrong option in the key's own form, so a worded key
 * never stands out among options in figures.
 */

export const CENTURY_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"];

// "twenty-first" before "first", so the longer ordinal wins.
const WORDS = [...CENTURY_ORDINALS].sort((a, b) => b.length - a.length).join("|");

/** An ordinal of a century in figures or words, as a source for a larger pattern: "19th", "nineteenth", "Nineteenth". */
export const CENTURY_ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|(?:${WORDS}))`;

const OPENING_ORDINAL = new RegExp(String.raw`^(?:the )?(?:(\d{1,2})(?:st|nd|rd|th)|(${WORDS}))\b`, "i");

/** The century's number from a text opening with its ordinal ("19th century", "nineteenth century BC"); NaN otherwise. */
export function centuryNumber(text: string): number {
  const m = OPENING_ORDINAL.exec(text.trim());
  if (!m) return NaN;
  return m[1] ? Number(m[1]) : CENTURY_ORDINALS.indexOf(m[2]!.toLowerCase()) + 1;
}

/** Whether a century text writes its ordinal in words. */
export const centuryInWords = (text: string): boolean => /^(?:the )?[a-z]/i.test(text.trim());

/** The ordinal of century `n` written as `like` writes its own: in words or in figures. */
export function centuryOrdinalLike(n: number, like: string): string {
  if (centuryInWords(like)) return CENTURY_ORDINALS[n - 1] ?? "";
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
