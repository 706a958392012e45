import type { Metadata } from "next";
import { ArticleForm } from "@/components/article/article-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { MAX_ARTICLE_CHARS } from "@/lib/generation/parse-article";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireUser("TEACHER", "/teacher/articles/new");
  return (
    <>
      <PageHeader title="Add an article" crumbs={[{ href: "/teacher/articles", label: "Articles" }]} />
      <ArticleForm maxCharacters={MAX_ARTICLE_CHARS} />
    </>
  );
}
