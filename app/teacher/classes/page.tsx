import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { listClassesForTeacher } from "@/lib/classroom/data";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("TEACHER", "/teacher/classes");
  const classes = await listClassesForTeacher(user.id);
  return (
    <>
      <PageHeader title="Classes" crumbs={[{ href: "/teacher", label: "Your quizzes" }]} />
      <Card className="mb-8">
        <CreateClassForm />
      </Card>
      {classes.length === 0 ? (
        <EmptyState title="No classes yet">Create a class, then add students from a list of names or share its code.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card className={c.archivedAt ? "opacity-75" : ""}>
                <h2 className="text-lg font-semibold">
                  <Link href={`/teacher/classes/${c.id}`} className="underline-offset-4 hover:underline">
                    {c.name}
                  </Link>
                </h2>
                <p className="text-sm text-zinc-700 dark:text-zinc-300">
                  {c._count.enrollments} student{c._count.enrollments === 1 ? "" : "s"} · {c._count.assignments} quiz
                  {c._count.assignments === 1 ? "" : "zes"} ·{" "}
                  {c.archivedAt ? "Archived" : <span className="font-mono">code {c.joinCode}</span>}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
