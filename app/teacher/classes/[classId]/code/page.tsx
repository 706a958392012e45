import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { getClassForTeacher } from "@/lib/classroom/data";

export const metadata: Metadata = { title: "Class code" };

/** The join code, big enough to read from the back of the room. */
export default async function ClassCodePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teacher/classes/${classId}/code`);
  const classroom = await getClassForTeacher(classId, user.id);
  if (!classroom || classroom.archivedAt) notFound();
  const host = (await headers()).get("host") ?? "this site";
  return (
    <div className="flex min-h-[70vh] flex-col items-center justify-center gap-6 text-center">
      <p className="text-3xl">
        Join <strong>{classroom.name}</strong> at <span className="font-mono">{host}/join</span>
      </p>
      <p className="font-mono text-[min(22vw,12rem)] leading-none font-bold tracking-[0.15em] text-black dark:text-white" aria-label={`Class code ${classroom.joinCode.split("").join(" ")}`}>
        {classroom.joinCode}
      </p>
      <Link href={`/teacher/classes/${classroom.id}`} className="no-print text-lg font-semibold text-accent-700 underline dark:text-accent-100">
        Back to the class
      </Link>
    </div>
  );
}
