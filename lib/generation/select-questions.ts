import { shuffle } from "./random";
import type { GeneratedQuestion, GeneratedQuestionType } from "./types";

/** The share of a quiz each type aims for, when asked for; the rest is filled by rank. */
const SHARE: Record<GeneratedQuestionType, number> = {
  MULTIPLE_CHOICE: 0.5,
  FILL_BLANK: 0.2,
  TRUE_FALSE: 0.3,
  ORDERING: 0,
  MATCHING: 0,
};
// The order types claim their share in, and then fill what is left: a cloze
// with good distractors tests a fact most precisely, a statement least.
const PREFERENCE: GeneratedQuestionType[] = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE"];

function sentencesOf(q: GeneratedQuestion): number[] {
  return (q.sources ?? [q.source]).map((s) => s.start);
}

/**
 * Rank with a little seeded jitter (another seed, another valid set), then pick:
 * at most one question per sentence (a second one would show the first one's
 * answer), one question per key, at most one ordering and one matching
 * question, and a mix of the types asked for.
 */
export function selectQuestions(candidates: GeneratedQuestion[], count: number, types: GeneratedQuestionType[], random: () => number): GeneratedQuestion[] {
  const ranked = shuffle(candidates, random)
    .map((q) => ({ q, rank: q.score * (0.85 + random() * 0.3) }))
    .sort((a, b) => b.rank - a.rank)
    .map((r) => r.q);
  const chosen: GeneratedQuestion[] = [];
  const usedSentences = new Set<number>();
  const usedKeys = new Set<string>();
  const take = (q: GeneratedQuestion) => {
    if (chosen.length >= count || chosen.includes(q)) return;
    const keyName = q.type === "TRUE_FALSE" ? `tf:${q.source.answer.start}` : `${q.answerText.toLowerCase()}`;
    if (sentencesOf(q).some((s) => usedSentences.has(s)) || usedKeys.has(keyName)) return;
    if ((q.type === "ORDERING" || q.type === "MATCHING") && chosen.some((c) => c.type === q.type)) return;
    chosen.push(q);
    sentencesOf(q).forEach((s) => usedSentences.add(s));
    usedKeys.add(keyName);
  };
  const ofType = (t: GeneratedQuestionType) => ranked.filter((q) => q.type === t);
  // One structured question first (it needs several sentences): ordering or
  // matching, whichever the seed favours, as both test the same dated events.
  const structured = shuffle(["ORDERING", "MATCHING"] as const, random).filter((t) => types.includes(t));
  for (const t of structured) if (!chosen.some((c) => c.type === "ORDERING" || c.type === "MATCHING")) ofType(t).slice(0, 1).forEach(take);
  const asked = PREFERENCE.filter((t) => types.includes(t));
  const total = asked.reduce((sum, t) => sum + SHARE[t], 0) || 1;
  for (const t of asked) {
    const quota = Math.max(1, Math.round((count * SHARE[t]) / total));
    for (const q of ofType(t)) if (chosen.filter((c) => c.type === t).length < quota) take(q);
  }
  for (const t of asked) ofType(t).forEach(take);
  // Present in article order, so the quiz reads like the text.
  return chosen.sort((a, b) => a.source.start - b.source.start || a.source.answer.start - b.source.answer.start);
}
