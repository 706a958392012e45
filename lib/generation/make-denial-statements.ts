import { dangles, tagged } from "./question-stems";
import { capitalise, sourceIn, statementQuestion } from "./question-parts";
import { LEAD_IN as STATEMENT_LEAD_IN } from "./make-statements";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * False statements the article itself refutes in so many words: a belief it calls
 * wrong ("Many people think that X, but that is a myth" -> "X."). Precision first:
 * only a belief the article plainly calls wrong, standing alone as a sentence.
 *
 * (A denial the article states, "The fort was not taken", is not turned into "The fort was taken.": once refused
 * wherever the article's other sentences may limit the denial, a count or indefinite subject, a clause inside the
 * subject, that added no question on the sets. The other way, a central statement with its verb denied, is made in
 * negate-statement.ts.)
 */

// The lead-ins of make-statements.ts, plus the ones that turn to a correction.
const LEAD_IN = new RegExp(`${STATEMENT_LEAD_IN.source}|^(?:In fact|Actually|Indeed|Instead|But),\\s*`);
// A belief about a pointer ("that it hunts by smell") needs the sentence before.
export const POINTER = /^(?:it|its|this|that|these|those|they|their|he|his|she|her|we|our|you|your|i|there|here|such|one|other|others|another|what|which|who)\b/i;
// A belief about a count or a share ("that half the crew died"): true or false of part of the group, not settled.
export const COUNTED = /^(?:half|part|some|many|most|few|several|all|every|each|both|none|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|dozens|\d)\b|\b(?:per ?cent|percent)\b|%/i;
// A negation, hedge or frequency inside the belief: its flip side is not plainly false.
const HEDGED = /\b(?:not|no|never|may|might|could|would|should|perhaps|probably|sometimes|often|some)\b|n['’]t\b|[;:()"“”]/i;

/** Whether a word is tagged as a verb (not a particle). */
const isVerb = (t: { tags?: string[] }) => !!t.tags?.includes("Verb") && !t.tags.includes("Particle");

// "Many people think that X, but this is wrong", "It is a myth that X", "A common misconception is that X". "Mistake" and
// "error" only after a verb of belief: "A common mistake is that beginners hold the bow too tightly" names a wrong action
// the article says people do, not a wrong belief.
const BELIEF_THEN_VERDICT = /^(?:Many|Some|Most) (?:people|students|readers) (?:think|believe|assume|say) that (.+?),? but (?:this|that|it) is (?:a |an )?(?:common |popular |widespread )?(?:mistake|myth|misconception|error|wrong|not true|false|untrue)[.!]$/;
// "A popular error is to assume that X": the verb of belief names the wrong belief, so "mistake" and "error" count there.
const VERDICT_THEN_BELIEF = /^(?:It is (?:a |an )?(?:common |popular |widespread )?(?:myth|misconception|not true)|A (?:common |popular |widespread )?(?:myth|misconception) is|(?:A|One) (?:common |popular |widespread |frequent )?(?:myth|misconception|mistake|error) is to (?:think|believe|assume|suppose|imagine)) that (.+)[.!]$/;

// The next sentence granting the belief part of the way ("This is partly right, because …", "There is some truth in it").
const CONCEDED = /\b(?:partly|partially|in part|half) (?:right|true|correct)\b|\bsome truth\b|\bis true (?:when|on|in|for)\b/i;
const NEGATED = /\b(?:not|no|never|nor)\b|n['’]t\b/i;

/**
 * Whether the article grants the belief elsewhere: the next sentence concedes it, or another sentence says its subject
 * with its verb and no negation between them ("Dark soil does freeze first on still nights, but …"). Either way "False" is not settled.
 */
function granted(sentence: Sentence, articleText: string, subject: string, verb: string): boolean {
  const after = articleText.slice(sentence.end);
  const next = /^\s*[^.!?]*[.!?]?/.exec(after)?.[0] ?? "";
  if (CONCEDED.test(next)) return true;
  const head = subject.toLowerCase().replace(/^(?:the|a|an)\s+/, "").replace(/[^a-z' -]/g, "").trim();
  const word = verb.toLowerCase();
  const stem = /^(?:is|are|was|were|be|been)$/.test(word) ? "(?:is|are|was|were)\\b" : word.replace(/(?:ies|es|s|ed|ing)$/, "").replace(/e$/, "");
  if (!head || stem.length < 2) return false;
  const says = new RegExp(`\\b${head}\\s+(?:[a-z]+\\s+){0,2}?${stem}`, "i");
  const others = (articleText.slice(0, sentence.start) + " " + after).match(/[^.!?]+[.!?]?/g) ?? [];
  return others.some((s) => {
    const hit = says.exec(s);
    return !!hit && !NEGATED.test(hit[0]);
  });
}

/**
 * The belief an article calls wrong, as a false statement: "X." from "Many people think that X,
 * but this is a mistake". Only when the verdict is plain in the same sentence, X stands alone
 * (no pointer, no hedge, no negation to keep straight) and the article asserts X nowhere else.
 */
export function makeMisconceptionStatement(sentence: Sentence, articleText: string): GeneratedQuestion | null {
  const cut = sentence.text.replace(LEAD_IN, "");
  const text = capitalise(cut);
  const m = BELIEF_THEN_VERDICT.exec(text) ?? VERDICT_THEN_BELIEF.exec(text);
  if (!m) return null;
  const belief = m[1]!.trim();
  if (POINTER.test(belief) || COUNTED.test(belief) || HEDGED.test(belief)) return null;
  // "X, but Y": the belief would carry the article's own correction with it.
  if (/,\s*(?:but|and|although|though|yet|while)\b/i.test(belief)) return null;
  const wordCount = belief.split(/\s+/).length;
  if (wordCount < 4 || wordCount > 25) return null;
  // The belief must stand as a sentence once "that" is dropped: a subject first, then its verb ("that of the old bridge" is no clause).
  const terms = tagged(belief);
  const verbAt = terms.findIndex(isVerb);
  if (terms[0]?.tags?.some((t) => /^(?:Preposition|Conjunction|Adverb)$/.test(t)) || verbAt < 1 || verbAt > 7 || !terms.slice(0, verbAt).some((t) => t.tags?.includes("Noun"))) return null;
  if (granted(sentence, articleText, terms.slice(0, verbAt).map((t) => t.text).join(" "), terms[verbAt]!.text)) return null;
  const statement = `${capitalise(belief)}.`;
  // Said elsewhere in the article as its own claim, the belief would be both refuted and asserted.
  const lower = articleText.toLowerCase();
  const first = lower.indexOf(belief.toLowerCase());
  if (dangles(statement) || (first >= 0 && lower.indexOf(belief.toLowerCase(), first + 1) >= 0)) return null;
  const at = sentence.start + sentence.text.indexOf(belief);
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + belief.length }),
    keyKind: "statement",
    confidence: 0.74,
  });
}
