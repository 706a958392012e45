import type { Span, SpanType } from "@/lib/generation/types";

/** The key a test asks pickDistractors about: a span of this type and text, at `start` where the test reads its place in the article. */
export const keyOf = (type: SpanType, text: string, start = 0): Span => ({ type, text, start, end: start + text.length });

/** The span of `text` at its first use in the article (at or after `from`): the key as the span finder gives it. */
export const spanIn = (type: SpanType, text: string, article: string, from = 0): Span => keyOf(type, text, article.indexOf(text, from));

/** Where `key` first sits in `sentence`: the start and end a check on a span of its sentence reads. */
export const keyAt = (sentence: string, key: string) => [sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;
