import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleForm } from "@/components/article/article-form";
import { PageHeader } from "@/components/ui/page-header";
import { getArticleForTeacher } from "@/lib/article/data";
import { bodyWithoutTitle } from "@/lib/article/article-text";
import { requireUser } from "@/lib/auth/guard";
import { MAX_ARTICLE_CHARS } from "@/lib/generation/parse-article";

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const user = await requireUser("TEACHER", `/teacher/articles/${articleId}/edit`);
  const article = await getArticleForTeacher(articleId, user.id);
  if (!article || article.readOnly) notFound();
  // Only the latest revision is edited; an older one sends the teacher on.
  if (article.latestId) redirect(`/teacher/articles/${article.latestId}/edit`);
  return (
    <>
      <PageHeader
        title={`Edit “${article.title}”`}
        crumbs={[
          { href: "/teacher/articles", label: "Articles" },
          { href: `/teacher/articles/${article.id}`, label: article.title },
        ]}
      />
      <ArticleForm
        articleId={article.id}
        initial={{ title: article.title, body: bodyWithoutTitle(article.title, article.body) }}
        maxCharacters={MAX_ARTICLE_CHARS}
        usedByQuizzes={article.quizzes.length > 0}
      />
    </>
  );
}
