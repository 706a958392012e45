import "server-only";
import { getDb, Prisma } from "../db/client";
import type { ParsedArticle } from "../generation/types";

export interface NewArticle {
  ownerId: string;
  title: string;
  body: string;
  parsed: ParsedArticle;
  builtIn?: boolean;
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
    },
  });
  await tx.fact.createMany({
    data: input.parsed.sentences.map((s, position) => ({
      articleId: article.id,
      sentence: s.text,
      start: s.start,
      end: s.end,
      kind: s.inSummary ? "summary" : "body",
      position,
    })),
  });
  return article;
}
