"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { readArticleFromFile, readArticleFromWeb } from "@/lib/article/actions";
import { ACCEPT_ATTRIBUTE, ACCEPTED_FILE_TYPES, formatBytes, MAX_UPLOAD_BYTES } from "@/lib/article/file-type";

export interface ImportedArticle {
  title: string;
  body: string;
  source: "FILE" | "WEB";
  sourceName: string;
}

const REPLACE = "Replace the title and text in the form with what was read?";

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bring an article in from a file or a web page: the text lands in the form below, nothing is saved yet. */
export function ArticleImport({ hasText, onImported }: { hasText: boolean; onImported: (a: ImportedArticle) => void }) {
  const file = useAction(readArticleFromFile);
  const web = useAction(readArticleFromWeb);
  const [url, setUrl] = useState("");

  function accept(imported: ImportedArticle) {
    if (hasText && !window.confirm(REPLACE)) return;
    onImported(imported);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = "";
    if (!chosen) return;
    if (chosen.size > MAX_UPLOAD_BYTES) {
      file.setError(`“${chosen.name}” is ${formatBytes(chosen.size)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}.`);
      return;
    }
    const read = await file.run({ fileName: chosen.name, contentBase64: toBase64(await chosen.arrayBuffer()) });
    if (read) accept({ ...read, source: "FILE" });
  }

  async function onWeb(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = await web.run({ url });
    if (read) accept({ ...read, source: "WEB" });
  }

  return (
    <div className="grid gap-4 rounded-xl border border-zinc-200 bg-white p-5 sm:grid-cols-2 dark:border-zinc-800 dark:bg-zinc-900">
      <div>
        <label htmlFor="article-file" className="mb-1 block font-semibold">
          Upload a file
        </label>
        <p id="article-file-hint" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
          {ACCEPTED_FILE_TYPES.join(", ")}; up to {formatBytes(MAX_UPLOAD_BYTES)}.
        </p>
        <input
          id="article-file"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          onChange={onFile}
          disabled={file.pending}
          aria-describedby="article-file-hint"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-zinc-300 file:bg-white file:px-4 file:font-semibold dark:file:border-zinc-700 dark:file:bg-zinc-800 dark:file:text-zinc-100"
        />
        {file.pending && <p className="mt-2 text-sm">Reading the file…</p>}
        <FormMessage error={file.error} />
      </div>
      <form onSubmit={onWeb} noValidate>
        <label htmlFor="article-url" className="mb-1 block font-semibold">
          Or read a web page
        </label>
        <p id="article-url-hint" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
          Factbound fetches the page and keeps its main text.
        </p>
        <div className="flex gap-2">
          <input
            id="article-url"
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://"
            aria-describedby="article-url-hint"
            className="min-h-11 min-w-0 flex-1 rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950"
          />
          <Button type="submit" variant="secondary" className="min-h-11" disabled={web.pending}>
            {web.pending ? "Reading…" : "Read page"}
          </Button>
        </div>
        <FormMessage error={web.error} />
      </form>
    </div>
  );
}
