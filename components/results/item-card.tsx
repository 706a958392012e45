import { SourceQuote } from "@/components/player/source-quote";
import { Card } from "@/components/ui/card";
import { describeAnswer } from "@/lib/quiz/grade-answer";
import type { ItemFlag, ItemStatistics } from "@/lib/quiz/item-statistics";
import type { AnswerKey, Option, QuestionType } from "@/lib/quiz/types";
import { formatDuration } from "@/lib/results/summarize-results";

export interface ItemQuestionView {
  id: string;
  type: QuestionType;
  prompt: string;
  options: Option[];
  answerKey: AnswerKey;
  explanation: string;
  answerStart: number | null;
  answerEnd: number | null;
  dropped: boolean;
  /** Null for a question a teacher wrote without a source sentence. */
  fact: { start: number } | null;
}

export function describeFlag(flag: ItemFlag): string {
  switch (flag.kind) {
    case "low-facility":
      return `Few got it right (${Math.round(flag.facility * 100)}%): check the key and the wording.`;
    case "negative-discrimination":
      return `Students who did well overall missed it more often than the others (discrimination ${flag.discrimination.toFixed(2)}): the key may be wrong.`;
    case "distractor-over-key":
      return `More chose “${flag.optionText}” (${flag.chosen}) than the key (${flag.keyChosen}).`;
    case "common-wrong-answer":
      return `${flag.count} students typed “${flag.answer}” and were marked wrong: it may deserve to be accepted.`;
  }
}

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const inputClass = "min-h-12 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-900";
const buttonClass = "min-h-12 rounded-lg border border-zinc-300 bg-white px-4 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800";

/** One question's statistics, its flags beside its source sentence, and the corrections a teacher can preview. */
export function ItemCard({ quizId, number, articleTitle, question: q, stats }: { quizId: string; number: number; articleTitle: string; question: ItemQuestionView; stats: ItemStatistics }) {
  const regradeHref = `/teacher/quizzes/${quizId}/regrade`;
  const keyId = q.answerKey.kind === "choice" ? q.answerKey.optionId : null;
  return (
    <Card data-testid={`item-${number}`} aria-labelledby={`item-${number}-title`}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`item-${number}-title`} className="text-lg font-semibold">
          Question {number}
          {q.dropped && <span className="ml-2 rounded border border-zinc-500 px-1.5 text-sm font-normal">Dropped</span>}
          {stats.flags.length > 0 && !q.dropped && <span className="ml-2 rounded border border-amber-700 px-1.5 text-sm font-normal text-amber-800 dark:text-amber-300">⚑ Flagged</span>}
        </h2>
        <dl className="flex flex-wrap gap-x-5 text-sm tabular">
          <div><dt className="inline font-semibold">Facility </dt><dd className="inline">{pct(stats.facility)}</dd></div>
          <div><dt className="inline font-semibold">Discrimination </dt><dd className="inline">{stats.discrimination === null ? "—" : stats.discrimination.toFixed(2)}</dd></div>
          <div><dt className="inline font-semibold">Median time </dt><dd className="inline">{formatDuration(stats.medianTimeMs)}</dd></div>
          <div><dt className="inline font-semibold">Answered </dt><dd className="inline">{stats.answered} of {stats.students}</dd></div>
        </dl>
      </div>
      <p className="text-base">{q.prompt}</p>
      {stats.optionCounts.length > 0 ? (
        <table className="mt-3 w-full max-w-xl text-left text-sm">
          <caption className="sr-only">How often each option was chosen</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">Option</th>
              <th scope="col" className="py-1 pr-3 text-right">Chosen</th>
            </tr>
          </thead>
          <tbody>
            {stats.optionCounts.map((o) => (
              <tr key={o.optionId} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                <th scope="row" className={`py-1 pr-3 ${o.isKey ? "font-semibold" : "font-normal"}`}>
                  {o.text} {o.isKey && <span className="rounded bg-right-50 px-1 text-right-600 dark:bg-zinc-800 dark:text-green-300">✓ key</span>}
                </th>
                <td className="py-1 pr-3 text-right tabular">{o.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Key:</span> {describeAnswer(q.options, q.answerKey)}
        </p>
      )}
      {stats.wrongAnswers.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Wrong answers typed:</span> {stats.wrongAnswers.slice(0, 8).map((w) => `“${w.answer}” × ${w.count}`).join(", ")}
        </p>
      )}
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <div>
          {stats.flags.length > 0 && (
            <ul className="mb-3 list-disc space-y-1 pl-5 text-sm" aria-label={`Why question ${number} is flagged`}>
              {stats.flags.map((f, i) => (
                <li key={i}>{describeFlag(f)}</li>
              ))}
            </ul>
          )}
          {q.fact ? (
            <SourceQuote sentence={q.explanation} sentenceStart={q.fact.start} answerStart={q.answerStart} answerEnd={q.answerEnd} articleTitle={articleTitle} />
          ) : (
            q.explanation && <p className="text-sm">Explanation: {q.explanation}</p>
          )}
        </div>
        {!q.dropped && (
          <div className="no-print space-y-3">
            {keyId && (
              <form method="get" action={regradeHref} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="question" value={q.id} />
                <input type="hidden" name="kind" value="FIX_KEY" />
                <label className="flex flex-col text-sm font-semibold">
                  Fix the key: the right answer is
                  <select name="optionId" className={`${inputClass} mt-1 font-normal`}>
                    {q.options.filter((o) => o.id !== keyId).map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.text}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className={buttonClass}>Preview regrade</button>
              </form>
            )}
            {q.answerKey.kind === "text" && (
              <form method="get" action={regradeHref} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="question" value={q.id} />
                <input type="hidden" name="kind" value="ACCEPT_ANSWER" />
                <label className="flex flex-col text-sm font-semibold">
                  Accept another answer
                  <input name="value" required maxLength={200} defaultValue={stats.wrongAnswers[0]?.answer ?? ""} className={`${inputClass} mt-1 font-normal`} />
                </label>
                <button type="submit" className={buttonClass}>Preview regrade</button>
              </form>
            )}
            <form method="get" action={regradeHref}>
              <input type="hidden" name="question" value={q.id} />
              <input type="hidden" name="kind" value="DROP" />
              <button type="submit" className={buttonClass}>Preview dropping this question</button>
            </form>
          </div>
        )}
      </div>
    </Card>
  );
}
