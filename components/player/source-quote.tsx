/**
 * The product's signature: the sentence a question came from, quoted with the
 * article's title and the tested words highlighted.
 */
export function SourceQuote({
  sentence,
  sentenceStart,
  answerStart,
  answerEnd,
  articleTitle,
  href,
}: {
  sentence: string;
  sentenceStart: number;
  answerStart?: number | null;
  answerEnd?: number | null;
  articleTitle: string;
  /** Where to read the sentence in context. */
  href?: string;
}) {
  const from = answerStart != null ? answerStart - sentenceStart : -1;
  const to = answerEnd != null ? answerEnd - sentenceStart : -1;
  const highlight = from >= 0 && to > from && to <= sentence.length;
  return (
    <figure className="rounded-lg border-l-4 border-accent-600 bg-accent-50 px-4 py-3 dark:border-accent-100 dark:bg-zinc-800">
      <blockquote className="text-base">
        {highlight ? (
          <>
            “{sentence.slice(0, from)}
            <mark className="rounded bg-yellow-200 px-0.5 font-semibold text-zinc-900">{sentence.slice(from, to)}</mark>
            {sentence.slice(to)}”
          </>
        ) : (
          <>“{sentence}”</>
        )}
      </blockquote>
      <figcaption className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        From the article <cite className="font-semibold not-italic">{articleTitle}</cite>
        {href && (
          <>
            {" · "}
            <a href={href} className="font-semibold text-accent-700 underline dark:text-accent-100">
              Read it in the article
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}
