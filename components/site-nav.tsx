import Link from "next/link";
import type { AppRole } from "@/lib/auth/guard";

const LINKS: Record<AppRole, { href: string; label: string }[]> = {
  TEACHER: [
    { href: "/teacher", label: "Quizzes" },
    { href: "/teacher/articles", label: "Articles" },
    { href: "/teacher/classes", label: "Classes" },
    { href: "/teacher/profile", label: "Profile" },
  ],
  STUDENT: [
    { href: "/student", label: "My quizzes" },
    { href: "/student/progress", label: "Progress" },
    { href: "/student/profile", label: "Profile" },
  ],
};

export function SiteNav({ role }: { role: AppRole }) {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {LINKS[role].map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="inline-flex min-h-11 items-center rounded-lg px-3 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-800">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
