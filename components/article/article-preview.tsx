import type { ArticlePreview } from "@/lib/article/article-text";

/** How the generator read an article: title, summary, key facts, sections and its size against the limit. */
export function ArticlePreviewPanel({ preview, headingLevel = 2 }: { preview: ArticlePreview; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <div className="space-y-4" data-testid="article-preview">
      <H className="text-xl font-semibold">How Factbound read it</H>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Title</dt>
        <dd>{preview.title}</dd>
        <dt className="font-semibold">Sentences</dt>
        <dd className="tabular" data-testid="sentence-count">
          {preview.sentenceCount}
        </dd>
        <dt className="font-semibold">Length</dt>
        <dd className="tabular">
          {preview.wordCount.toLocaleString("en")} words · {preview.characters.toLocaleString("en")} of {preview.maxCharacters.toLocaleString("en")} characters allowed
        </dd>
      </dl>
      {preview.notes.length > 0 && (
        <ul className="space-y-1 rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          {preview.notes.map((n) => (
            <li key={n}>
              <span className="font-semibold">Note: </span>
              {n}
            </li>
          ))}
        </ul>
      )}
      <div>
        <Sub className="font-semibold">Summary</Sub>
        <p className="text-zinc-800 dark:text-zinc-200">{preview.summary || "No opening summary was found: the first paragraph is read as one."}</p>
      </div>
      {preview.keyFacts.length > 0 && (
        <div>
          <Sub className="font-semibold">Key facts</Sub>
          <ul className="list-disc pl-6">
            {preview.keyFacts.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <Sub className="font-semibold">Sections ({preview.sections.length})</Sub>
        <ol className="list-decimal pl-6">
          {preview.sections.map((s, i) => (
            <li key={i}>
              {s.heading ?? <span className="italic">Opening</span>} <span className="text-sm text-zinc-600 dark:text-zinc-400">({s.sentences} sentences)</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
