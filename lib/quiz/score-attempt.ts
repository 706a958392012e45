export interface ScoredResponse {
  correct: boolean;
  points: number;
}

export interface AttemptScore {
  score: number;
  maxScore: number;
  correctCount: number;
  answeredCount: number;
  /** Share of questions answered correctly, 0..1; unanswered questions count as wrong. */
  accuracy: number;
}

/** Total an attempt from its responses; `questionCount` and `maxScore` cover unanswered ones. */
export function scoreAttempt(responses: ScoredResponse[], questionCount: number, maxScore: number): AttemptScore {
  const correctCount = responses.filter((r) => r.correct).length;
  const score = responses.reduce((sum, r) => sum + r.points, 0);
  return {
    score,
    maxScore,
    correctCount,
    answeredCount: responses.length,
    accuracy: questionCount === 0 ? 0 : correctCount / questionCount,
  };
}

export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return "0%";
  return `${Math.round((part / whole) * 100)}%`;
}
