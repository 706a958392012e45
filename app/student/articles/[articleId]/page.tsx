import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/article/article-reader";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { findArticleForStudent } from "@/lib/article/data";
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
