import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { formatDuration, type ResultStatus, type StudentResult } from "@/lib/results/summarize-results";
import type { ResultsQuery } from "@/lib/results/search-params";
import { SortHeader } from "./sort-header";

const STATUS_LABEL: Record<ResultStatus, string> = { submitted: "Submitted", "in-progress": "In progress", "not-started": "Not started", missing: "Missing" };
const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** One class's results: a row per student, sortable by column links. */
export function ResultsTable({
  quizId,
  classId,
  className,
  rows,
  questionCount,
  query,
}: {
  quizId: string;
  classId: string;
  className: string;
  rows: StudentResult[];
  questionCount: number;
  query: ResultsQuery;
}) {
  const hrefFor = (sort: string, dir: "asc" | "desc") => `?${new URLSearchParams({ ...(query.class ? { class: query.class } : {}), sort, dir, show: query.show })}`;
  const header = (label: string, column: string, align: "left" | "right" = "left") => (
    <SortHeader label={label} column={column} current={query.sort} dir={query.dir} hrefFor={hrefFor} align={align} />
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Results for {className}</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            {header("Student", "name")}
            {header("Status", "status")}
            {header("Score", "score", "right")}
            <th scope="col" className="py-2 pr-4">Submitted</th>
            {header("Accuracy", "accuracy", "right")}
            {header("Time", "time", "right")}
            <th scope="col" className="py-2 pr-4">Attempts</th>
            <th scope="col" className="py-2 pr-4">Answers</th>
            <th scope="col" className="py-2">Quiz version</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.studentId} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link href={`/teacher/classes/${classId}/students/${r.studentId}`} className="underline-offset-4 hover:underline">
                  {r.name}
                </Link>{" "}
                <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({r.username})</span>
              </th>
              <td className="py-2 pr-4">
                {r.status === "missing" ? <strong className="text-wrong-600 dark:text-red-300">Missing</strong> : STATUS_LABEL[r.status]}
                {r.inProgress && r.status !== "in-progress" && <span className="block text-sm">another attempt open</span>}
                {r.late && <span className="ml-2 rounded border border-zinc-500 px-1.5 text-sm">Late</span>}
              </td>
              <td className="py-2 pr-4 text-right tabular">
                {r.counted ? (
                  <>
                    {r.counted.score} / {r.counted.maxScore} <span className="text-zinc-600 dark:text-zinc-400">({pct(r.scoreShare)})</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="py-2 pr-4 tabular">{r.counted?.submittedAt ? formatDateTime(r.counted.submittedAt) : "—"}</td>
              <td className="py-2 pr-4 text-right tabular">
                {r.counted ? `${pct(r.accuracy)} (${r.counted.correct} of ${questionCount})` : r.inProgress ? `${r.inProgress.answered} of ${questionCount} answered` : "—"}
              </td>
              <td className="py-2 pr-4 text-right tabular">{formatDuration(r.timeSpentMs)}</td>
              <td className="py-2 pr-4 tabular">{r.counted ? `${r.attempts} (counted: #${r.counted.number})` : r.attempts}</td>
              <td className="py-2 pr-4">
                {(r.counted ?? r.inProgress) && (
                  <Link href={`/teacher/quizzes/${quizId}/attempts/${(r.counted ?? r.inProgress)!.id}`} className="font-semibold text-accent-700 underline dark:text-accent-100">
                    View<span className="sr-only"> {r.name}’s answers</span>
                  </Link>
                )}
              </td>
              <td className="py-2 tabular" data-testid="attempt-version">
                {(r.counted ?? r.inProgress) ? `v${(r.counted ?? r.inProgress)!.quizVersion}` : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
