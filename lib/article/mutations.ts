import "server-only";
import { getDb, Prisma } from "../db/client";
import { parseArticle } from "../generation/parse-article";
import type { ParsedArticle } from "../generation/types";
import { composeArticleText } from "./article-text";

type ArticleSource = "PASTE" | "FILE" | "WEB";

export interface NewArticle {
  ownerId: string;
  title: string;
  body: string;
  parsed: ParsedArticle;
  builtIn?: boolean;
  source?: ArticleSource;
  sourceName?: string | null;
  revisesId?: string;
}

/** Store an article and one Fact per sentence (the unit questions are bound to). */
export async function createArticle(input: NewArticle, tx: Prisma.TransactionClient = getDb()) {
  const article = await tx.article.create({
    data: {
      ownerId: input.ownerId,
      title: input.title,
      body: input.body,
      parsed: input.parsed as unknown as Prisma.InputJsonValue,
      builtIn: input.builtIn ?? false,
      source: input.source ?? "PASTE",
      sourceName: input.sourceName ?? null,
      revisesId: input.revisesId ?? null,
    },
  });
  await createFacts(article.id, input.parsed, tx);
  return article;
}

async function createFacts(articleId: string, parsed: ParsedArticle, tx: Prisma.TransactionClient) {
  await tx.fact.createMany({
    data: parsed.sentences.map((s, position) => ({
      articleId,
      sentence: s.text,
      start: s.start,
      end: s.end,
      kind: s.inSummary ? "summary" : "body",
      position,
    })),
  });
}

export interface ArticleText {
  title: string;
  body: string;
}

/**
 * A teacher's new article from a title and a body (pasted, or read from a file
 * or a page). Throws ArticleError (from the parser) for empty, binary or
 * oversized text.
 */
export async function createTeacherArticle(ownerId: string, input: ArticleText & { source?: ArticleSource; sourceName?: string }) {
  const text = composeArticleText(input.title, input.body);
  const parsed = parseArticle(text);
  return getDb().$transaction((tx) =>
    createArticle({ ownerId, title: input.title.trim(), body: text, parsed, source: input.source, sourceName: input.sourceName || null }, tx),
  );
}

export type ReviseResult = { status: "updated" | "revised"; articleId: string } | { status: "not-found" } | { status: "not-latest"; latestId: string };

/**
 * Edit an article. One that no quiz uses is changed in place (its facts are
 * rebuilt); one that quizzes use is never rewritten, since their questions
 * point at sentences by offset: the edit becomes a new revision linked to it.
 */
export async function reviseArticle(teacherId: string, articleId: string, input: ArticleText): Promise<ReviseResult> {
  const text = composeArticleText(input.title, input.body);
  const parsed = parseArticle(text);
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, ownerId: teacherId, builtIn: false },
      select: { id: true, source: true, sourceName: true, archivedAt: true, _count: { select: { quizzes: true, revisedBy: true } } },
    });
    if (!article) return { status: "not-found" as const };
    if (article._count.revisedBy > 0) {
      const newer = await tx.article.findFirst({ where: { revisesId: article.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
      return { status: "not-latest" as const, latestId: newer!.id };
    }
    if (article._count.quizzes > 0) {
      const revision = await createArticle(
        { ownerId: teacherId, title: input.title.trim(), body: text, parsed, source: article.source, sourceName: article.sourceName, revisesId: article.id },
        tx,
      );
      return { status: "revised" as const, articleId: revision.id };
    }
    await tx.fact.deleteMany({ where: { articleId: article.id } });
    await tx.article.update({
      where: { id: article.id },
      data: { title: input.title.trim(), body: text, parsed: parsed as unknown as Prisma.InputJsonValue },
    });
    await createFacts(article.id, parsed, tx);
    return { status: "updated" as const, articleId: article.id };
  });
}

/** Archive or restore one of the teacher's own articles; false when not theirs (built-in ones included). */
export async function setArticleArchived(teacherId: string, articleId: string, archived: boolean): Promise<boolean> {
  const { count } = await getDb().article.updateMany({
    where: { id: articleId, ownerId: teacherId, builtIn: false },
    data: { archivedAt: archived ? new Date() : null },
  });
  return count === 1;
}

export type DeleteArticleResult = "deleted" | "not-found" | "in-use";

/** Delete an article no quiz uses (its facts go with it); one that quizzes use is refused. */
export async function deleteTeacherArticle(teacherId: string, articleId: string): Promise<DeleteArticleResult> {
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, ownerId: teacherId, builtIn: false },
      select: { id: true, _count: { select: { quizzes: true, revisedBy: true } } },
    });
    if (!article) return "not-found";
    if (article._count.quizzes > 0 || article._count.revisedBy > 0) return "in-use";
    await tx.fact.deleteMany({ where: { articleId: article.id } });
    await tx.article.delete({ where: { id: article.id } });
    return "deleted";
  });
}
