/**
 * A fraction swapped for another is a fair False only where it stands as its own quantity ("half of the votes" made
 * "a third of the votes"). After a determiner or possessive ("the eastern half", "its first half", "his son half") the
 * fraction names a part of a part: the smaller one may still be true ("burned the eastern third" inside "the eastern
 * half"), and an article put or stripped there reads badly. Such a swap is refused in every maker.
 */
const FRACTION = /^(?:(?:a|an|one|two|three|four)[- ])?(?:halves|half|thirds?|quarters?|fifths?|sixths?|tenths?)$/i;
const DETERMINED = /\b(?:the|its|their|his|her|a|an)(?: [a-z-]+)? $/i;
// "about half", "nearly a third": the article's figure is not exact, so another fraction may be as true.
const ROUGH = /\b(?:about|around|roughly|nearly|almost|some|over|under|just|perhaps|maybe|approximately) $/i;

export function isFraction(text: string): boolean {
  return FRACTION.test(text.trim());
}

/** True where a fraction would be swapped in or out right after a determiner, or where the article's fraction is rough. */
export function fractionSwapRefused(head: string, from: string, to: string): boolean {
  if (!isFraction(from) && !isFraction(to)) return false;
  return DETERMINED.test(head) || ROUGH.test(head);
}

/** A fraction put inside a statement takes no capital ("Two thirds" opened its own sentence, not this one). */
export function fractionCased(to: string, head: string): string {
  return head !== "" && isFraction(to) ? to.charAt(0).toLowerCase() + to.slice(1) : to;
}
