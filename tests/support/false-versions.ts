import { indexArticleTexts } from "@/lib/generation/distractors";
import { falseVersions, type FalseStatement, type SwapInput } from "@/lib/generation/falsify-statement";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";

/**
 * What a test sets of a swap input. `year` is the article's year; `indexed` the spans its distractor context knows
 * (allSpans unless given: a test of a lone statement may index none while still offering names to swap in).
 */
export type SwapOver = Partial<Omit<SwapInput, "ctx">> & { year?: number | null; indexed?: Span[] };

/**
 * falseVersions' input for one statement of an invented article: `at` is the sentence's index, or the statement itself
 * (found among the sentences by its text). The sentences are the article's as parsed unless given; the sentence's spans
 * are those of allSpans inside it; lists, siblings and series are empty and random is 0, so a test names only what it is about.
 */
export function swapInput(article: string, at: number | string, over: SwapOver = {}): SwapInput {
  const { year = null, indexed, ...given } = over;
  const sentences = given.sentences ?? parseArticle(article).sentences;
  const index = typeof at === "number" ? at : sentences.findIndex((s) => s.text === at);
  // (A statement the parser splits otherwise has no sentence: the test reads what falseVersions makes of that.)
  const sentence = sentences[index];
  const allSpans = given.allSpans ?? [];
  return {
    statement: typeof at === "string" ? at : sentence!.text,
    sentence: sentence!,
    sentenceIndex: index,
    sentences,
    spans: sentence ? allSpans.filter((s) => s.start >= sentence.start && s.end <= sentence.end) : [],
    allSpans,
    lists: [],
    nameSiblings: new Map(),
    ordinalSeries: new Map(),
    articleText: article,
    ctx: { articleTexts: indexArticleTexts(indexed ?? allSpans), year, articleText: article },
    random: () => 0,
    ...given,
  };
}

/** The texts of a statement's false versions (see swapInput), only those made by `how` where given. */
export function falseVersionsIn(article: string, at: number | string, { how, ...over }: SwapOver & { how?: FalseStatement["how"] } = {}): string[] {
  return falseVersions(swapInput(article, at, over))
    .filter((f) => !how || f.how === how)
    .map((f) => f.text);
}
