import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GenerateQuizForm } from "@/components/quizzes/generate-quiz-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { findArticleForTeacher } from "@/lib/article/data";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Make a quiz" };

export default async function NewQuizPage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const user = await requireUser("TEACHER", `/teacher/articles/${articleId}/quiz/new`);
  const article = await findArticleForTeacher(articleId, user.id);
  if (!article) notFound();
  const words = article.body.split(/\s+/).filter(Boolean).length;
  return (
    <>
      <PageHeader title="Make a quiz" crumbs={[{ href: "/teacher", label: "Your quizzes" }]} />
      <Card className="max-w-2xl">
        <p className="mb-4">
          From the article <cite className="font-semibold not-italic">{article.title}</cite> ({words.toLocaleString("en")} words). Each question is made from one of its
          sentences; you review every one before students see it.
        </p>
        <GenerateQuizForm articleId={article.id} />
      </Card>
    </>
  );
}
