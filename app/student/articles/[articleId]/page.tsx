import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/article/article-reader";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { findArticleForStudent, findAttemptKeepingArticleClosed } from "@/lib/article/data";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Article" };

export default async function StudentArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ s?: string }>;
}) {
  const { articleId } = await params;
  const { s } = await searchParams;
  const user = await requireUser("STUDENT", `/student/articles/${articleId}`);
  const article = await findArticleForStudent(articleId, user.id);
  if (!article) notFound();
  const closedBy = await findAttemptKeepingArticleClosed(article.id, user.id);
  if (closedBy) {
    return (
      <>
        <PageHeader title={article.title} crumbs={[{ href: "/student", label: "My quizzes" }]} />
        <Card className="space-y-4">
          <h2 className="text-xl font-semibold">The article is closed during your quiz</h2>
          <p>
            Your teacher has set “{closedBy.quizTitle}” to be answered without the article. It opens again here as soon as the quiz is handed in.
          </p>
          <ButtonLink href={`/play/${closedBy.attemptId}`}>Back to the quiz</ButtonLink>
        </Card>
      </>
    );
  }
  const highlight = s && /^\d{1,7}$/.test(s) ? Number(s) : undefined;
  return (
    <>
      <PageHeader title={article.title} crumbs={[{ href: "/student", label: "My quizzes" }]} />
      <Card>
        <article>
          <ArticleReader body={article.body} sentences={article.facts} highlight={highlight} />
        </article>
      </Card>
    </>
  );
}
