import nlp from "compromise";
import { boundedMemo } from "./article-memo";

/**
 * Whether the tagger's base form of a verb truly is its base: turned back into the verb's own tense it gives the verb
 * again, by the regular endings or by the tagger's own table of irregular verbs. A base the tagger guessed wrong
 * ("signalled" left as it is, "withstood" read as its own base) gives another word back, so a question built on it
 * would be misspelt ("Why did they withstood …?") and is better not asked.
 */

type Tense = "present" | "past";

const conjugated = boundedMemo<Record<string, string>>(4000);

function conjugate(base: string): Record<string, string> {
  return conjugated(base, () => {
    const methods = (nlp as unknown as { methods(): { two: { transform: { verb: { conjugate(w: string, m: unknown): Record<string, string> } } } } }).methods();
    return methods.two.transform.verb.conjugate(base, (nlp as unknown as { model(): unknown }).model());
  });
}

/**
 * The verbs whose past is their base ("cut", "hit", "read"): no sign of the tense in the word, and the few English verbs a
 * singular subject leaves without an -s in the past. One list for the why-question's verb and the denial builder.
 */
export const SAME_IN_PAST: ReadonlySet<string> = new Set(["bet", "bid", "beat", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "put", "quit", "read", "set", "shed", "shut", "split", "spread", "thrust", "upset"]);

const IRREGULAR_PRESENT: Record<string, string> = { be: "is", have: "has", do: "does", go: "goes" };

/**
 * The verb for a singular subject: "float" -> "floats", "catch" -> "catches", "carry" -> "carries", "have" -> "has". One
 * rule for every builder of a present-tense verb (the knownBaseForm check, the corrected denial, the office's power).
 */
export function thirdPerson(base: string): string {
  if (IRREGULAR_PRESENT[base]) return IRREGULAR_PRESENT[base];
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** "float" -> floated; "move" -> moved; "carry" -> carried; "stop" -> stopped (a short final syllable doubles). */
function regularPasts(base: string): string[] {
  const pasts = [`${base}ed`];
  if (/e$/.test(base)) pasts.push(`${base}d`);
  if (/[^aeiou]y$/.test(base)) pasts.push(`${base.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(base)) pasts.push(`${base}${base.slice(-1)}ed`);
  return pasts;
}

export function knownBaseForm(verb: string, base: string, tense: Tense): boolean {
  const word = verb.toLowerCase();
  if (!/^[a-z]+$/.test(base)) return false;
  if (tense === "present") return thirdPerson(base) === word || conjugate(base).PresentTense === word;
  // A past the tagger could not take apart comes back as its own base ("signalled"); only the few same-form verbs may.
  if (base === word) return SAME_IN_PAST.has(word);
  return regularPasts(base).includes(word) || conjugate(base).PastTense === word;
}
