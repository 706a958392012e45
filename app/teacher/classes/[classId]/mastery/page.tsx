import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StackedBarChart } from "@/components/charts/bar-chart";
import { FILL_LABEL } from "@/components/charts/chart-patterns";
import { ClassResultsNav } from "@/components/results/class-results-nav";
import { LEVELS } from "@/components/results/mastery-levels";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getClassMastery } from "@/lib/results/class-data";
import { summarizeClassMastery } from "@/lib/results/class-mastery";

export const metadata: Metadata = { title: "Fact mastery" };

export default async function ClassMasteryPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ article?: string | string[] }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teacher/classes/${classId}/mastery`);
  const wanted = (await searchParams).article;
  const data = await getClassMastery(classId, user.id, typeof wanted === "string" ? wanted : undefined);
  if (!data) notFound();
  const enrolled = data.classroom._count.enrollments;
  const facts = summarizeClassMastery(data.facts, data.rows, enrolled);
  const segments = [...LEVELS.map((l) => ({ key: l.level, label: l.word, fill: l.fill })), { key: "unseen" as const, label: "Not answered yet", fill: "light" as const }];
  return (
    <>
      <PageHeader
        title={`Fact mastery: ${data.classroom.name}`}
        crumbs={[
          { href: "/teacher/classes", label: "Classes" },
          { href: `/teacher/classes/${data.classroom.id}`, label: data.classroom.name },
        ]}
      />
      <ClassResultsNav classId={data.classroom.id} current="mastery" />
      {!data.article ? (
        <EmptyState title="No quizzes assigned yet">Once this class has played a quiz, each fact of its article shows here.</EmptyState>
      ) : (
        <>
          {data.articles.length > 1 && (
            <nav aria-label="Articles" className="mb-4">
              <ul className="flex flex-wrap gap-3">
                {data.articles.map((a) => (
                  <li key={a.id}>
                    <Link href={`?article=${a.id}`} aria-current={a.id === data.article!.id ? "page" : undefined} className="font-semibold text-accent-700 underline aria-[current=page]:no-underline dark:text-accent-100">
                      {a.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <Card className="mb-6">
            <h2 className="mb-1 text-xl font-semibold">{data.article.title}</h2>
            <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
              Each bar is a fact (F1, F2, … as listed below) across the {enrolled} students. Mastered: right at least twice and at least 80% of the time;
              needs practice: right less than half the time.
            </p>
            <ul className="mb-3 flex flex-wrap gap-4 text-sm" aria-label="Legend">
              {segments.map((s) => (
                <li key={s.key}>
                  <strong>{s.label}</strong>: {FILL_LABEL[s.fill]}
                </li>
              ))}
            </ul>
            {facts.length > 0 && (
              <StackedBarChart
                id="class-mastery"
                title={`Mastery of each fact of ${data.article.title} in ${data.classroom.name}`}
                description={facts.map((f, i) => `F${i + 1}: ${segments.map((s) => `${f.counts[s.key]} ${s.label.toLowerCase()}`).join(", ")}`).join("; ")}
                rows={facts.map((f, i) => ({ label: `F${i + 1}`, segments: segments.map((s) => ({ label: s.label, value: f.counts[s.key], fill: s.fill })) }))}
              />
            )}
          </Card>
          <Card className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Students per mastery level, fact by fact</caption>
              <thead>
                <tr className="border-b border-zinc-300 dark:border-zinc-700">
                  <th scope="col" className="py-2 pr-4">Fact</th>
                  {segments.map((s) => (
                    <th key={s.key} scope="col" className="py-2 pr-4 text-right">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {facts.map((f, i) => (
                  <tr key={f.factId} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <span className="font-semibold">F{i + 1}</span> {f.sentence}
                    </th>
                    {segments.map((s) => (
                      <td key={s.key} className="py-2 pr-4 text-right tabular">
                        {f.counts[s.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </>
      )}
    </>
  );
}
