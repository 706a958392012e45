"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { createArticle, previewArticle, updateArticle } from "@/lib/article/actions";
import type { ArticlePreview } from "@/lib/article/article-text";
import { MAX_TITLE } from "@/lib/article/schema";
import { ArticlePreviewPanel } from "./article-preview";
import { ArticleImport, type ImportedArticle } from "./article-import";

interface Props {
  /** Editing an existing article; absent when adding one. */
  articleId?: string;
  initial?: { title: string; body: string };
  maxCharacters: number;
  /** Quizzes use the article: saving makes a new revision. */
  usedByQuizzes?: boolean;
}

/**
 * Title and text of an article, from typing, pasting, a file or a web page.
 * Everything stays in the form on any error; the preview shows how the
 * generator reads it before anything is saved.
 */
export function ArticleForm({ articleId, initial, maxCharacters, usedByQuizzes = false }: Props) {
  const router = useRouter();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const [origin, setOrigin] = useState<{ source: "PASTE" | "FILE" | "WEB"; sourceName?: string }>({ source: "PASTE" });
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const previewing = useAction(previewArticle);
  const creating = useAction(createArticle);
  const updating = useAction(updateArticle);
  const saving = articleId ? updating : creating;
  const fieldErrors = { ...previewing.fieldErrors, ...saving.fieldErrors };
  const error = saving.error ?? previewing.error;

  function onImported(imported: ImportedArticle) {
    setTitle(imported.title);
    setBody(imported.body);
    setOrigin({ source: imported.source, sourceName: imported.sourceName });
    setPreview(null);
    setNotice(`Read “${imported.sourceName}”. Check the title and text below, then preview and save.`);
  }

  async function onPreview() {
    setNotice(null);
    const result = await previewing.run({ title, body });
    setPreview(result);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    if (articleId) {
      const saved = await updating.run({ articleId, title, body });
      if (saved) router.push(`/teacher/articles/${saved.articleId}${saved.status === "revised" ? "?revised=1" : ""}`);
    } else {
      const saved = await creating.run({ title, body, source: origin.source, sourceName: origin.sourceName });
      if (saved) router.push(`/teacher/articles/${saved.articleId}`);
    }
  }

  const bodyErrorId = fieldErrors.body?.length ? "article-body-error" : undefined;
  const titleErrorId = fieldErrors.title?.length ? "article-title-error" : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <div className="space-y-6">
        {!articleId && <ArticleImport hasText={Boolean(title.trim() || body.trim())} onImported={onImported} />}
        <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={articleId ? "Edit the article" : "The article"}>
          <div>
            <label htmlFor="article-title" className="mb-1 block font-semibold">
              Title
            </label>
            <input
              id="article-title"
              name="title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={MAX_TITLE}
              required
              aria-invalid={titleErrorId ? true : undefined}
              aria-describedby={titleErrorId}
              className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 text-base aria-invalid:border-wrong-600 dark:border-zinc-600 dark:bg-zinc-950"
            />
            {titleErrorId && (
              <p id={titleErrorId} className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
                {fieldErrors.title!.join(" ")}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="article-body" className="mb-1 block font-semibold">
              Article text
            </label>
            <p id="article-body-hint" className="mb-1 text-sm text-zinc-600 dark:text-zinc-400">
              Plain text or Markdown: a short summary first, then paragraphs, with headings on their own lines. Up to {maxCharacters.toLocaleString("en")}{" "}
              characters.
            </p>
            <textarea
              id="article-body"
              name="body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={18}
              required
              aria-invalid={bodyErrorId ? true : undefined}
              aria-describedby={["article-body-hint", bodyErrorId].filter(Boolean).join(" ")}
              className="w-full rounded-lg border border-zinc-400 bg-white p-3 font-mono text-sm leading-relaxed aria-invalid:border-wrong-600 dark:border-zinc-600 dark:bg-zinc-950"
            />
            <p className="tabular mt-1 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
              {body.length.toLocaleString("en")} of {maxCharacters.toLocaleString("en")} characters
            </p>
            {bodyErrorId && (
              <p id={bodyErrorId} className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
                {fieldErrors.body!.join(" ")}
              </p>
            )}
          </div>
          {usedByQuizzes && (
            <p className="rounded-lg bg-accent-50 px-3 py-2 text-sm dark:bg-zinc-800">
              Quizzes use this article, so saving keeps this version for them and makes a new revision. Their questions and students&apos; “Read it in the
              article” links stay on the text they were made from.
            </p>
          )}
          <FormMessage error={error} success={notice} />
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={onPreview} disabled={previewing.pending}>
              {previewing.pending ? "Reading…" : "Preview"}
            </Button>
            <Button type="submit" disabled={saving.pending}>
              {saving.pending ? "Saving…" : articleId ? "Save changes" : "Save article"}
            </Button>
          </div>
        </form>
      </div>
      <aside aria-live="polite">
        {preview ? (
          <div className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
            <ArticlePreviewPanel preview={preview} />
          </div>
        ) : (
          <p className="rounded-xl border border-dashed border-zinc-300 p-5 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            Press Preview to see how Factbound reads the article: its title, summary, key facts, sections and how many sentences it can ask about.
          </p>
        )}
      </aside>
    </div>
  );
}
