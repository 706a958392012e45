import type { Metadata } from "next";
import Link from "next/link";
import { ArticleLibraryActions } from "@/components/article/article-library-actions";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listArticlesForTeacher, type LibraryArticle } from "@/lib/article/data";
import { requireUser } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Articles" };

function origin(a: LibraryArticle): string {
  if (a.builtIn) return "Built in";
  if (a.source === "FILE") return `From the file ${a.sourceName ?? ""}`.trim();
  if (a.source === "WEB") return "From a web page";
  return "Pasted";
}

function ArticleCard({ article }: { article: LibraryArticle }) {
  return (
    <Card>
      <h3 className="text-lg font-semibold">
        <Link href={`/teacher/articles/${article.id}`} className="underline-offset-4 hover:underline">
          {article.title}
        </Link>
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {origin(article)} · added {formatDate(article.createdAt)} · {article._count.quizzes} quiz{article._count.quizzes === 1 ? "" : "zes"}
        {article.revisesId && " · revised"}
      </p>
      {article.archivedAt && (
        <div className="mt-3">
          <ArticleLibraryActions articleId={article.id} title={article.title} archived />
        </div>
      )}
    </Card>
  );
}

export default async function ArticlesPage() {
  const user = await requireUser("TEACHER", "/teacher/articles");
  const { active, archived } = await listArticlesForTeacher(user.id);
  const own = active.filter((a) => !a.builtIn);
  const builtIn = active.filter((a) => a.builtIn);
  return (
    <>
      <PageHeader title="Articles" crumbs={[{ href: "/teacher", label: "Your quizzes" }]}>
        <ButtonLink href="/teacher/articles/new">Add an article</ButtonLink>
      </PageHeader>
      <section aria-labelledby="own-articles" className="mb-8">
        <h2 id="own-articles" className="mb-3 text-xl font-semibold">
          Your articles
        </h2>
        {own.length === 0 ? (
          <EmptyState title="No articles of your own yet">
            Add one by pasting its text, uploading a .txt, .md, .docx or .pdf file, or giving a web address. Then make a quiz from it.
          </EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {own.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {builtIn.length > 0 && (
        <section aria-labelledby="built-in-articles" className="mb-8">
          <h2 id="built-in-articles" className="mb-3 text-xl font-semibold">
            Built-in articles
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Every teacher has these. You can make quizzes from them; they cannot be edited.</p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {builtIn.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {archived.length > 0 && (
        <section aria-labelledby="archived-articles">
          <h2 id="archived-articles" className="mb-3 text-xl font-semibold">
            Archived ({archived.length})
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {archived.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
