import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleLibraryActions } from "@/components/article/article-library-actions";
import { ArticlePreviewPanel } from "@/components/article/article-preview";
import { ArticleReader } from "@/components/article/article-reader";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { describeArticle } from "@/lib/article/article-text";
import { getArticleForTeacher } from "@/lib/article/data";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ articleId: string }>; searchParams: Promise<{ revised?: string }> }) {
  const { articleId } = await params;
  const { revised } = await searchParams;
  const user = await requireUser("TEACHER", `/teacher/articles/${articleId}`);
  const article = await getArticleForTeacher(articleId, user.id);
  if (!article) notFound();
  const preview = describeArticle(article.body);
  const source =
    article.builtIn ? "Built in (read-only)" : article.source === "FILE" ? `Uploaded from ${article.sourceName}` : article.source === "WEB" ? "Read from a web page" : "Pasted";
  return (
    <>
      <PageHeader title={article.title} crumbs={[{ href: "/teacher/articles", label: "Articles" }]}>
        <div className="flex flex-wrap gap-2">
          {!article.readOnly && !article.latestId && (
            <ButtonLink href={`/teacher/articles/${article.id}/edit`} variant="secondary">
              Edit
            </ButtonLink>
          )}
          <ButtonLink href={`/teacher/articles/${article.id}/quiz/new`}>Make a quiz</ButtonLink>
        </div>
      </PageHeader>
      {revised === "1" && (
        <p role="status" className="mb-4 rounded-lg bg-right-50 px-3 py-2 font-medium text-right-600 dark:bg-green-950 dark:text-green-200">
          Saved as a new revision. Quizzes made before keep the earlier text, so their questions still point at the right sentences.
        </p>
      )}
      {article.latestId && (
        <p className="mb-4 rounded-lg bg-accent-50 px-3 py-2 dark:bg-zinc-800">
          This is an earlier revision, kept for the quizzes made from it.{" "}
          <Link href={`/teacher/articles/${article.latestId}`} className="font-semibold underline underline-offset-4">
            Go to the latest revision
          </Link>
        </p>
      )}
      {article.archivedAt && <p className="mb-4 rounded-lg bg-zinc-100 px-3 py-2 dark:bg-zinc-800">This article is archived: it is hidden from your library.</p>}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="mb-1 text-xl font-semibold">The article</h2>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            {source}
            {article.source === "WEB" && article.sourceName && (
              <>
                : <span className="break-all">{article.sourceName}</span>
              </>
            )}{" "}
            · added {formatDateTime(article.createdAt)}
            {article.revisesId && (
              <>
                {" "}
                · revises{" "}
                <Link href={`/teacher/articles/${article.revisesId}`} className="underline underline-offset-4">
                  an earlier revision
                </Link>
              </>
            )}
          </p>
          <article>
            <ArticleReader body={article.body} sentences={article.facts} />
          </article>
        </Card>
        <div className="space-y-6">
          <Card>
            <ArticlePreviewPanel preview={preview} />
          </Card>
          <Card>
            <h2 className="mb-2 text-xl font-semibold">Quizzes from this article</h2>
            {article.quizzes.length === 0 ? (
              <p className="text-zinc-600 dark:text-zinc-400">None yet. Make a quiz to turn its facts into questions.</p>
            ) : (
              <ul className="space-y-1">
                {article.quizzes.map((q) => (
                  <li key={q.id}>
                    <Link href={`/teacher/quizzes/${q.id}`} className="font-semibold underline-offset-4 hover:underline">
                      {q.title}
                    </Link>{" "}
                    <span className="text-sm text-zinc-600 dark:text-zinc-400">
                      ({q.archivedAt ? "archived" : q.status.toLowerCase()}, {q._count.attempts} attempt{q._count.attempts === 1 ? "" : "s"})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {!article.readOnly && (
            <Card>
              <h2 className="mb-2 text-xl font-semibold">Archive or delete</h2>
              <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
                Archiving hides the article from your library and keeps every quiz and result that uses it. Only an article no quiz uses can be deleted.
              </p>
              <ArticleLibraryActions articleId={article.id} title={article.title} archived={Boolean(article.archivedAt)} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
