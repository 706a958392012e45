/** Pure progress measures over a student's history. Days are UTC calendar days. */

export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Consecutive days with practice, ending today, or yesterday when there is no
 * practice yet today (a streak is not lost until a whole day passes).
 */
export function practiceStreak(activity: Date[], today: Date): number {
  const days = new Set(activity.map(dayKey));
  const cursor = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (!days.has(dayKey(cursor))) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let streak = 0;
  while (days.has(dayKey(cursor))) {
    streak++;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return streak;
}

export type MasteryLevel = "mastered" | "learning" | "struggling";

/** Mastered: right at least twice and at least 80% of the time. Struggling: mostly wrong. */
export function masteryLevel(seen: number, correct: number): MasteryLevel {
  if (seen === 0) return "learning";
  const rate = correct / seen;
  if (correct >= 2 && rate >= 0.8) return "mastered";
  if (rate < 0.5) return "struggling";
  return "learning";
}

export interface FactMastery {
  articleId: string;
  articleTitle: string;
  factId: string;
  sentence: string;
  seen: number;
  correct: number;
}

export interface ArticleMastery {
  articleId: string;
  articleTitle: string;
  /** Facts asked at least once, and how many of those are mastered. */
  factsSeen: number;
  factsMastered: number;
  facts: (FactMastery & { level: MasteryLevel })[];
}

export function masteryByArticle(rows: FactMastery[]): ArticleMastery[] {
  const byArticle = new Map<string, ArticleMastery>();
  for (const row of rows) {
    const entry = byArticle.get(row.articleId) ?? { articleId: row.articleId, articleTitle: row.articleTitle, factsSeen: 0, factsMastered: 0, facts: [] };
    const level = masteryLevel(row.seen, row.correct);
    entry.factsSeen++;
    if (level === "mastered") entry.factsMastered++;
    entry.facts.push({ ...row, level });
    byArticle.set(row.articleId, entry);
  }
  const order: Record<MasteryLevel, number> = { struggling: 0, learning: 1, mastered: 2 };
  for (const entry of byArticle.values()) entry.facts.sort((a, b) => order[a.level] - order[b.level]);
  return [...byArticle.values()].sort((a, b) => a.articleTitle.localeCompare(b.articleTitle));
}

export interface AttemptSummary {
  quizId: string;
  quizTitle: string;
  score: number;
  maxScore: number;
  submittedAt: Date;
}

/** Each quiz's best score (by share of points), for "personal best". */
export function personalBests(attempts: AttemptSummary[]): AttemptSummary[] {
  const best = new Map<string, AttemptSummary>();
  for (const a of attempts) {
    const current = best.get(a.quizId);
    const share = a.maxScore ? a.score / a.maxScore : 0;
    const currentShare = current && current.maxScore ? current.score / current.maxScore : -1;
    if (!current || share > currentShare) best.set(a.quizId, a);
  }
  return [...best.values()].sort((a, b) => a.quizTitle.localeCompare(b.quizTitle));
}
