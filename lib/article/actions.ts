"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { ArticleError, parseArticle } from "../generation/parse-article";
import { composeArticleText, describeArticle } from "./article-text";
import { readWebArticle } from "./fetch-web-page";
import { createTeacherArticle, deleteTeacherArticle, reviseArticle, setArticleArchived } from "./mutations";
import { readArticleFile } from "./read-article-file";
import { ArticleIdSchema, ArticleTextSchema, CreateArticleSchema, ReadArticleFileSchema, ReadWebArticleSchema, UpdateArticleSchema } from "./schema";

const NOT_FOUND = "That article was not found.";

/** The parser's refusal (empty, binary, too long) as a message on the body field. */
async function asBodyError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ArticleError) throw new ActionError(err.message);
    throw err;
  }
}

/** How the generator reads the text, before anything is saved. */
export const previewArticle = guardedAction("TEACHER", ArticleTextSchema, async ({ title, body }) => {
  return asBodyError(async () => {
    const text = composeArticleText(title, body);
    return describeArticle(text, parseArticle(text));
  });
});

export const createArticle = guardedAction("TEACHER", CreateArticleSchema, async (input, user) => {
  const article = await asBodyError(() => createTeacherArticle(user.id, input));
  return { articleId: article.id };
});

export const updateArticle = guardedAction("TEACHER", UpdateArticleSchema, async ({ articleId, title, body }, user) => {
  const result = await asBodyError(() => reviseArticle(user.id, articleId, { title, body }));
  if (result.status === "not-found") throw new ActionError(NOT_FOUND);
  if (result.status === "not-latest") throw new ActionError("This is an older revision; edit the latest one instead.");
  return result;
});

export const archiveArticle = guardedAction("TEACHER", ArticleIdSchema, async ({ articleId }, user) => {
  if (!(await setArticleArchived(user.id, articleId, true))) throw new ActionError(NOT_FOUND);
  return { archived: true as const };
});

export const restoreArticle = guardedAction("TEACHER", ArticleIdSchema, async ({ articleId }, user) => {
  if (!(await setArticleArchived(user.id, articleId, false))) throw new ActionError(NOT_FOUND);
  return { archived: false as const };
});

export const deleteArticle = guardedAction("TEACHER", ArticleIdSchema, async ({ articleId }, user) => {
  const result = await deleteTeacherArticle(user.id, articleId);
  if (result === "not-found") throw new ActionError(NOT_FOUND);
  if (result === "in-use") {
    throw new ActionError("Quizzes and students' results use this article, so it cannot be deleted. Archive it instead: it leaves your library and everything that uses it stays.");
  }
  return { deleted: true as const };
});

/** Read an uploaded file's text into the form; nothing is saved until the teacher saves. */
export const readArticleFromFile = guardedAction("TEACHER", ReadArticleFileSchema, async ({ fileName, contentBase64 }) => {
  const bytes = Buffer.from(contentBase64, "base64");
  const read = await readArticleFile(fileName, bytes);
  return { ...read, sourceName: fileName };
});

/** Fetch a web page's main text into the form; nothing is saved until the teacher saves. */
export const readArticleFromWeb = guardedAction("TEACHER", ReadWebArticleSchema, async ({ url }) => {
  const read = await readWebArticle(url);
  return { title: read.title, body: read.body, sourceName: read.url };
});
