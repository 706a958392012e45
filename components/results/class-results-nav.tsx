import Link from "next/link";

const LINKS = [
  { key: "roster", label: "Students", path: "" },
  { key: "gradebook", label: "Gradebook", path: "/gradebook" },
  { key: "mastery", label: "Fact mastery", path: "/mastery" },
] as const;

/** Tabs between a class's roster and its results pages. */
export function ClassResultsNav({ classId, current }: { classId: string; current: (typeof LINKS)[number]["key"] }) {
  return (
    <nav aria-label="Class pages" className="no-print mb-6">
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((l) => (
          <li key={l.key}>
            <Link
              href={`/teacher/classes/${classId}${l.path}`}
              aria-current={current === l.key ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold ${current === l.key ? "border-accent-600 bg-accent-50 text-accent-800 dark:bg-zinc-800 dark:text-accent-100" : "border-zinc-300 bg-white hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"}`}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
