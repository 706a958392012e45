import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { getSessionUser, homeFor } from "@/lib/auth/guard";

export default async function HomePage() {
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-4xl font-bold tracking-tight">Quizzes you can trust, straight from the article.</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        Factbound turns an article&apos;s facts into quiz questions, each bound to the sentence it came from. Students play in
        class; teachers see what was learned, question by question.
      </p>
      <div className="mt-8">
        <ButtonLink href="/login">Sign in</ButtonLink>
      </div>
    </div>
  );
}
