import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClassSettings } from "@/components/classes/class-settings";
import { Roster } from "@/components/classes/roster";
import { ClassResultsNav } from "@/components/results/class-results-nav";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getClassForTeacher } from "@/lib/classroom/data";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teacher/classes/${classId}`);
  const classroom = await getClassForTeacher(classId, user.id);
  if (!classroom) notFound();
  const archived = Boolean(classroom.archivedAt);
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={classroom.name}
          crumbs={[
            { href: "/teacher", label: "Your quizzes" },
            { href: "/teacher/classes", label: "Classes" },
          ]}
        />
        <ClassResultsNav classId={classroom.id} current="roster" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <Roster classId={classroom.id} className={classroom.name} archived={archived} students={classroom.enrollments.map((e) => ({ ...e.student, extraTimePercent: e.extraTimePercent, untimed: e.untimed }))} />
        </Card>
        <Card className="no-print h-fit">
          <ClassSettings classId={classroom.id} name={classroom.name} joinCode={classroom.joinCode} archived={archived} />
        </Card>
      </div>
    </>
  );
}
