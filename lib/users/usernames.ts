/** Longest display name we keep; names are for people, not essays. */
export const MAX_DISPLAY_NAME = 60;
export const MAX_USERNAME = 32;

/**
 * A username from a display name: lower case, accents folded, letters and digits
 * joined by dots ("Zoë Ng-Adams" -> "zoe.ng.adams"). Names with no Latin letters
 * (emoji, other scripts) fall back to `fallback`.
 */
export function usernameBase(displayName: string, fallback = "student"): string {
  const folded = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.+|\.+$/g, "")
    .slice(0, MAX_USERNAME - 4)
    .replace(/\.+$/, "");
  return folded.length >= 2 ? folded : fallback;
}

/** `count` usernames from the `from`-th in the sequence base, base2, base3… */
export function usernameCandidates(base: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (from + i === 1 ? base : `${base}${from + i}`));
}

/** Trim, collapse inner white space, and strip control characters from a display name. */
export function cleanDisplayName(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
