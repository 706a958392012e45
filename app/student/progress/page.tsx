import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getStudentProgress } from "@/lib/progress/data";
import { LiveHistory } from "@/components/live/live-history";
import { masteryByArticle, personalBests, practiceStreak, type MasteryLevel } from "@/lib/quiz/progress";
import { formatPercent } from "@/lib/quiz/score-attempt";

export const metadata: Metadata = { title: "My progress" };

const LEVEL_LABEL: Record<MasteryLevel, { icon: string; word: string }> = {
  mastered: { icon: "★", word: "Mastered" },
  learning: { icon: "◐", word: "Learning" },
  struggling: { icon: "!", word: "Needs practice" },
};

export default async function ProgressPage() {
  const user = await requireUser("STUDENT", "/student/progress");
  const progress = await getStudentProgress(user.id);
  const now = new Date();
  const streak = practiceStreak(progress.attempts.map((a) => a.submittedAt!), now);
  const bests = personalBests(
    progress.attempts
      .filter((a) => a.kind === "ASSIGNMENT" && a.quiz)
      .map((a) => ({ quizId: a.quiz!.id, quizTitle: a.quiz!.title, score: a.score ?? 0, maxScore: a.maxScore, submittedAt: a.submittedAt! })),
  );
  const articles = masteryByArticle(
    progress.mastery.map((m) => ({
      articleId: m.fact.article.id,
      articleTitle: m.fact.article.title,
      factId: m.fact.id,
      sentence: m.fact.sentence,
      seen: m.seen,
      correct: m.correct,
    })),
  );

  return (
    <>
      <PageHeader title="My progress" crumbs={[{ href: "/student", label: "My quizzes" }]} />
      {progress.attempts.length === 0 ? (
        <EmptyState title="Nothing yet">Finish a quiz and your progress shows here: what you know, what to practise, your streak.</EmptyState>
      ) : (
        <>
          <div className="mb-8 grid gap-4 sm:grid-cols-3">
            <Card>
              <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Accuracy</p>
              <p className="text-3xl font-bold tabular" data-testid="accuracy">
                {formatPercent(progress.right, progress.answered)}
              </p>
              <p className="text-sm">
                {progress.right} of {progress.answered} answers right
              </p>
            </Card>
            <Card>
              <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Practice streak</p>
              <p className="text-3xl font-bold tabular" data-testid="streak">
                {streak} {streak === 1 ? "day" : "days"}
              </p>
              <p className="text-sm">{streak > 0 ? "Practise again tomorrow to keep it going." : "Finish a quiz today to start one."}</p>
            </Card>
            <Card>
              <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Game points</p>
              <p className="text-3xl font-bold tabular">{progress.gamePoints}</p>
              <p className="text-sm">From live games; they reward speed and do not change your accuracy.</p>
            </Card>
          </div>

          {bests.length > 0 && (
            <Card className="mb-8">
              <h2 className="mb-3 text-xl font-semibold">Personal bests</h2>
              <ul className="space-y-1">
                {bests.map((b) => (
                  <li key={b.quizId} className="tabular">
                    {b.quizTitle}: <strong>{b.score} / {b.maxScore}</strong> ({formatPercent(b.score, b.maxScore)})
                  </li>
                ))}
              </ul>
            </Card>
          )}

          <LiveHistory attempts={progress.attempts.filter((a) => a.kind === "LIVE")} />

          <h2 className="mb-3 text-xl font-semibold">What you know, article by article</h2>
          <div className="space-y-6">
            {articles.map((a) => (
              <Card key={a.articleId}>
                <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/student/articles/${a.articleId}`} className="underline-offset-4 hover:underline">
                      {a.articleTitle}
                    </Link>
                  </h3>
                  <p className="tabular" data-testid="article-mastery">
                    {a.factsMastered} of {a.factsSeen} facts mastered
                  </p>
                </div>
                <progress className="mb-4 h-2 w-full accent-accent-600" max={a.factsSeen} value={a.factsMastered} aria-label={`${a.articleTitle}: facts mastered`} />
                <ul className="space-y-2">
                  {a.facts.map((f) => (
                    <li key={f.factId} className="flex gap-3">
                      <span className="w-36 shrink-0 font-semibold">
                        <span aria-hidden="true">{LEVEL_LABEL[f.level].icon} </span>
                        {LEVEL_LABEL[f.level].word}
                      </span>
                      <span>
                        {f.sentence} <span className="text-sm text-zinc-600 tabular dark:text-zinc-400">({f.correct} of {f.seen} right)</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        </>
      )}
    </>
  );
}
