import { z } from "zod";
import { MAX_ARTICLE_CHARS } from "../generation/parse-article";
import { formatBytes, MAX_UPLOAD_BYTES } from "./file-type";
import { MAX_URL_LENGTH } from "./web-address";

const Id = z.string().min(1).max(64);
export const MAX_TITLE = 150;

export const ArticleTitle = z
  .string()
  .trim()
  .min(1, "Enter a title.")
  .max(MAX_TITLE, `Keep the title to ${MAX_TITLE} characters.`)
  .refine((t) => !/[\r\n]/.test(t), "Keep the title on one line.");

export const ArticleBody = z
  .string()
  .max(MAX_ARTICLE_CHARS, `The article is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters; shorten it or split it in two.`)
  .refine((b) => b.trim().length > 0, "Paste or type the article's text.");

export const ArticleTextSchema = z.object({ title: ArticleTitle, body: ArticleBody });

export const CreateArticleSchema = ArticleTextSchema.extend({
  source: z.enum(["PASTE", "FILE", "WEB"]).default("PASTE"),
  sourceName: z.string().trim().max(MAX_URL_LENGTH).optional(),
});

export const UpdateArticleSchema = ArticleTextSchema.extend({ articleId: Id });
export const ArticleIdSchema = z.object({ articleId: Id });

export const ReadArticleFileSchema = z.object({
  fileName: z.string().trim().min(1, "Choose a file.").max(255, "That file name is too long."),
  contentBase64: z
    .string()
    .min(1, "Choose a file.")
    // Base64 is a third longer than the bytes it carries.
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 16, `The file is larger than ${formatBytes(MAX_UPLOAD_BYTES)}.`),
});

export const ReadWebArticleSchema = z.object({
  url: z.string().trim().min(1, "Enter a web address.").max(MAX_URL_LENGTH, "That web address is too long."),
});
