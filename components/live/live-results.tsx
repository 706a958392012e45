import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { formatPercent } from "@/lib/quiz/score-attempt";
import Link from "next/link";
import { LIVE_GAMES_SHOWN, type listLiveGamesForQuiz } from "@/lib/live/data";

type Games = Awaited<ReturnType<typeof listLiveGamesForQuiz>>;

/** The quiz's live games on its results page: each player's right answers (the quiz's score) and game points. */
export function LiveResults({ games, quizId }: { games: Games; quizId: string }) {
  if (games.length === 0) return null;
  return (
    <section aria-labelledby="live-results" className="mt-8 space-y-6">
      <h2 id="live-results" className="text-2xl font-semibold">
        Live games
      </h2>
      {games.length === LIVE_GAMES_SHOWN && <p>The latest {LIVE_GAMES_SHOWN} games.</p>}
      {games.map((g) => (
        <Card key={g.id}>
          <h3 className="mb-3 text-xl font-semibold">
            <span className="mr-2 rounded bg-accent-100 px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-accent-800">Live</span>
            {g.classroom?.name ?? "Guests"} · {formatDateTime(g.createdAt)}
            {g.state !== "ENDED" && <span className="ml-2 text-base font-normal">(still running)</span>}
          </h3>
          {g.state !== "ENDED" && (
            <p className="mb-3">
              <Link href={`/teacher/live/${g.id}`} className="font-semibold underline underline-offset-4">
                Back to the host screen
              </Link>{" "}
              to go on or end the game: students’ answers count in results once it ends.
            </p>
          )}
          {g.players.length === 0 ? (
            <p>Nobody joined this game.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left" data-testid="live-results-table">
                <caption className="sr-only">Players of the live game</caption>
                <thead>
                  <tr className="border-b border-zinc-300 dark:border-zinc-700">
                    <th scope="col" className="py-2 pr-4">Player</th>
                    <th scope="col" className="py-2 pr-4 text-right">Right answers</th>
                    <th scope="col" className="py-2 pr-4 text-right">Game points</th>
                    <th scope="col" className="py-2 text-right">of which speed</th>
                  </tr>
                </thead>
                <tbody>
                  {g.players.map((p) => (
                    <tr key={p.id} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                      <th scope="row" className="py-2 pr-4 font-medium">
                        {p.attempt ? (
                          <Link href={`/teacher/quizzes/${quizId}/attempts/${p.attempt.id}`} className="underline underline-offset-4">
                            {p.name}
                            <span className="sr-only">: see each answer</span>
                          </Link>
                        ) : (
                          p.name
                        )}{" "}
                        {!p.studentId && <span className="text-sm font-normal">(guest)</span>}
                      </th>
                      <td className="py-2 pr-4 text-right tabular">
                        {p.attempt?.score != null ? `${p.attempt.score} / ${p.attempt.maxScore} (${formatPercent(p.attempt.score, p.attempt.maxScore)})` : `${p.accuracyPoints / 500} right`}
                      </td>
                      <td className="py-2 pr-4 text-right tabular">{p.score}</td>
                      <td className="py-2 text-right tabular">{p.speedPoints}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      ))}
    </section>
  );
}
