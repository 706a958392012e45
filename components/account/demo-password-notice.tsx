import { getSessionUser } from "@/lib/auth/guard";
import { DEMO_TEACHER } from "@/lib/demo/demo-data";
import { demoAccountsWithDefaultPasswords } from "@/lib/demo/default-passwords";

/**
 * On every teacher page while demo accounts still have the passwords the README
 * publishes: anyone who read it can sign in as them. Shown to the demo teacher
 * only (who can change them): anyone may sign up as a teacher, and the notice
 * must not tell a stranger which published passwords still work.
 */
export async function DemoPasswordNotice() {
  const user = await getSessionUser();
  if (user?.role !== "TEACHER" || user.username !== DEMO_TEACHER.username) return null;
  const open = await demoAccountsWithDefaultPasswords();
  if (open.length === 0) return null;
  return (
    <section
      aria-labelledby="demo-password-notice"
      className="mb-6 rounded-xl border-2 border-wrong-600 bg-wrong-50 p-4 text-zinc-900 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id="demo-password-notice" className="font-bold">
        Warning: demo accounts with published passwords
      </h2>
      <p className="mt-1">
        {open.map((u, i) => (
          <span key={u}>
            {i > 0 && ", "}
            <code className="font-semibold">{u}</code>
          </span>
        ))}{" "}
        still {open.length === 1 ? "uses its" : "use their"} demo password from the README, so anyone can sign in as{" "}
        {open.length === 1 ? "it" : "them"}. Before real students use this server, change the teacher&apos;s password on the Profile page and reset
        the demo students&apos; passwords on the class page.
      </p>
    </section>
  );
}
