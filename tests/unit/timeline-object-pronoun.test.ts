import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented life: one sentence gives its person only as the object of its own clause's verb.
const ARTICLE = `# Orvel Dask

Orvel Dask was a warden of the northern marches. Orvel Dask built the fort at Keel in 1580. The duke gave him the rank of marshal in 1586. Orvel Dask retired to Brannock in 1599.`;

describe("a timeline item whose pronoun is its own clause's object", () => {
  it("is not offered, while the items that name their doer are", () => {
    const { sentences } = parseArticle(ARTICLE);
    const events = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => e.date.text);
    expect(events).toContain("1580");
    expect(events).toContain("1599");
    expect(events).not.toContain("1586");
  });
});
