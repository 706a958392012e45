import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a count before the date ("Two years later, in 1812,") dates the event from the sentence before; once the
// date goes to the other side of a matching, the count alone would lean on that sentence.
describe("a timeline item whose date followed a counted time", () => {
  it("drops the count with the date", () => {
    const text = "The Harl Locks\n\nThe Harl locks were finished in 1810. Two years later, in 1812, a flood broke the upper locks. The locks were rebuilt in 1814.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts).toContain("A flood broke the upper locks = 1812");
  });
});
