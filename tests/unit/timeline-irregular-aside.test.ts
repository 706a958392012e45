import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";

// An aside opened by any irregular participle (", known in 1820 as …", ", sold in 1901 to …") holds its own date: the main
// event after it is not dated by it (whole review 16-A #5).
describe("a participle aside with an irregular participle", () => {
  it("dates no event by the aside's year", () => {
    const text = "The Mills of Tarrow\n\nThe lower mill, known in 1820 as the Salt Mill, burned down in a storm. The upper mill, sold in 1901 to a brewer, closed after a flood. The weir, broken in 1877 by ice, was never mended.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts).toEqual([]);
  });
});
