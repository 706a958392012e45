import nlp from "compromise";
import { BLANK } from "./blank";
import { COMMON_PASTS } from "./irregular-pasts";
import { boundedMemo } from "./article-memo";

/**
 * Whether a run of words holds a finite verb. A leaf module (it loads only the tagger, the blank and the table of
 * irregular pasts), so that the statement makers it serves (lasting-state, the clause trims) can use it without an
 * import cycle through the checks.
 */

export const FINITE_HINT = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|may|might|must|shall|should)\b/i;

// Common verbs in their past forms, from the one table of irregular pasts.
export const IRREGULAR_PAST = Object.keys(COMMON_PASTS).join("|");
// One word (lower case, nothing else) that is one of those pasts: the single copy every check that tests a word uses.
export const IRREGULAR_PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST})$`);

const NOT_BEFORE_VERB = /^(?:the|and|for|from|with|into|onto|over|under|about|their|these|those|some|many|few|all|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|several|other|its|his|her|our|your|more|most|less|than|of|in|on|at|by|to|an)$/;

// Tagging a sentence costs about a millisecond: asked once per sentence, not once per candidate.
const verbCache = boundedMemo<boolean>(2000);
/**
 * `plurals: false` leaves out the guess that a word in -s after a noun is a verb: it reads "harbour laws", "city walls"
 * as verbs, which an opening phrase ("Under the harbour laws of 1861, …") must not be taken to have. The tagger still
 * reads a real present verb there ("When the river floods in spring").
 */
export function hasFiniteVerb(text: string, { plurals = true }: { plurals?: boolean } = {}): boolean {
  if (FINITE_HINT.test(text)) return true;
  // A verb anywhere but at the opening ("Signed by …", "Landing on …" open with a participle and have no subject).
  const words = text.split(/\s+/).map((w) => w.replace(/[^\w'’-]/g, ""));
  if (words.slice(1).some((w) => IRREGULAR_PAST_WORD.test(w) || /^[a-z]{3,}ed$/.test(w))) return true;
  // "the cumulus kind looks like …": a word in -s after a noun, not after a number or a determiner ("nine months").
  if (plurals && words.some((w, i) => i > 1 && /^[a-z]{3,}s(?<!ss|us|is)$/.test(w) && /^[a-z]{3,}$/.test(words[i - 1]!) && !NOT_BEFORE_VERB.test(words[i - 1]!))) return true;
  return verbCache(text, () => {
    const terms = (nlp(text.replace(new RegExp(BLANK, "g"), "it")).json() as { terms: { tags?: string[] }[] }[]).flatMap((s) => s.terms);
    return terms.some((t, i) => {
      const tags = t.tags ?? [];
      if (!tags.includes("Verb")) return false;
      if (tags.some((g) => g === "Copula" || g === "Modal" || g === "Auxiliary")) return true;
      return i > 0 && !tags.includes("Gerund") && !(tags.includes("Participle") && !tags.includes("PastTense"));
    });
  });
}
