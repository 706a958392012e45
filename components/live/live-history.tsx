import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { formatPercent } from "@/lib/quiz/score-attempt";

interface LiveAttempt {
  id: string;
  score: number | null;
  maxScore: number;
  submittedAt: Date | null;
  quiz: { title: string } | null;
}

/** A student's live games on their progress page, labelled as live. */
export function LiveHistory({ attempts }: { attempts: LiveAttempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <Card className="mb-8">
      <h2 className="mb-3 text-xl font-semibold">Live games</h2>
      <ul className="space-y-1" data-testid="live-history">
        {attempts.map((a) => (
          <li key={a.id} className="tabular">
            <span className="mr-2 rounded bg-accent-100 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-accent-800">Live</span>
            {a.quiz?.title ?? "Quiz"}: <strong>{a.score ?? 0} / {a.maxScore}</strong> right ({formatPercent(a.score ?? 0, a.maxScore)}){a.submittedAt ? ` · ${formatDateTime(a.submittedAt)}` : ""}
          </li>
        ))}
      </ul>
    </Card>
  );
}
