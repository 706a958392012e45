import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassResultsNav } from "@/components/results/class-results-nav";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getGradebook } from "@/lib/results/class-data";

export const metadata: Metadata = { title: "Gradebook" };

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export default async function GradebookPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teacher/classes/${classId}/gradebook`);
  const book = await getGradebook(classId, user.id);
  if (!book) notFound();
  return (
    <>
      <PageHeader
        title={`Gradebook: ${book.name}`}
        crumbs={[
          { href: "/teacher/classes", label: "Classes" },
          { href: `/teacher/classes/${book.id}`, label: book.name },
        ]}
      >
        <ButtonLink href={`/api/export/classes/${book.id}/gradebook`} variant="secondary" prefetch={false}>
          Download gradebook (CSV)
        </ButtonLink>
      </PageHeader>
      <ClassResultsNav classId={book.id} current="gradebook" />
      {book.columns.length === 0 || book.rows.length === 0 ? (
        <EmptyState title={book.rows.length === 0 ? "No students yet" : "No quizzes assigned yet"}>
          The gradebook fills in as students in this class submit the quizzes assigned to it.
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
            Each cell is the counted attempt’s score. A student’s average covers the quizzes they submitted; “missing” means past due and not submitted.
          </p>
          <table className="w-full text-left tabular">
            <caption className="sr-only">Gradebook of {book.name}: students by quizzes, with averages</caption>
            <thead>
              <tr className="border-b border-zinc-300 align-bottom dark:border-zinc-700">
                <th scope="col" className="py-2 pr-4">Student</th>
                {book.columns.map((c) => (
                  <th key={c.assignmentId} scope="col" className="max-w-40 py-2 pr-4 text-right text-sm">
                    <Link href={`/teacher/quizzes/${c.quizId}/results`} className="underline-offset-4 hover:underline">
                      {c.title}
                    </Link>
                  </th>
                ))}
                <th scope="col" className="py-2 text-right">Average</th>
              </tr>
            </thead>
            <tbody>
              {book.rows.map((r) => (
                <tr key={r.studentId} className="border-b border-zinc-200 dark:border-zinc-800">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/teacher/classes/${book.id}/students/${r.studentId}`} className="underline-offset-4 hover:underline">
                      {r.name}
                    </Link>
                  </th>
                  {r.cells.map((cell, i) => (
                    <td key={book.columns[i]!.assignmentId} className="py-2 pr-4 text-right">
                      {cell.share !== null ? pct(cell.share) : cell.missing ? <span className="font-semibold text-wrong-600 dark:text-red-300">missing</span> : "—"}
                    </td>
                  ))}
                  <td className="py-2 text-right font-semibold">{pct(r.average)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-zinc-400">
                <th scope="row" className="py-2 pr-4">Class average</th>
                {book.columns.map((c) => (
                  <td key={c.assignmentId} className="py-2 pr-4 text-right font-semibold">
                    {pct(c.average)} <span className="block text-xs font-normal">{c.submitted} submitted</span>
                  </td>
                ))}
                <td className="py-2 text-right font-bold">{pct(book.classAverage)}</td>
              </tr>
            </tfoot>
          </table>
        </Card>
      )}
    </>
  );
}
