/** Per fact, how many students of a class have mastered it, are learning it, struggle, or have not met it. Pure. */
import { masteryLevel, type MasteryLevel } from "../quiz/progress";

export interface FactStanding {
  factId: string;
  sentence: string;
  counts: Record<MasteryLevel | "unseen", number>;
}

export function summarizeClassMastery(facts: { id: string; sentence: string }[], rows: { factId: string; seen: number; correct: number }[], enrolled: number): FactStanding[] {
  const byFact = new Map<string, FactStanding>(facts.map((f) => [f.id, { factId: f.id, sentence: f.sentence, counts: { mastered: 0, learning: 0, struggling: 0, unseen: 0 } }]));
  for (const r of rows) {
    const standing = byFact.get(r.factId);
    if (standing && r.seen > 0) standing.counts[masteryLevel(r.seen, r.correct)]++;
  }
  for (const s of byFact.values()) s.counts.unseen = Math.max(0, enrolled - s.counts.mastered - s.counts.learning - s.counts.struggling);
  return [...byFact.values()];
}
