import { describe, expect, it } from "vitest";
import { makeFillBlank } from "@/lib/generation/make-cloze";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";

// Invented article: a made-up buried army of stone figures.
describe("the kind hint of a typed army", () => {
  it("hints a name called an army with 'a name', never 'an organisation'", () => {
    const text = "The Stone Guard of Orvel\n\nIn 1911 farmers found a buried hall. Diggers later uncovered the Slate Army, a host of 900 stone figures, beside the hall.";
    const s = parseArticle(text).sentences[1]!;
    const at = s.start + s.text.indexOf("Slate Army");
    const span: Span = { type: "ORG", text: "Slate Army", start: at, end: at + 10 };
    const q = makeFillBlank(s, span, 1, text);
    expect(q?.prompt).toMatch(/\(a name\)$/);
    expect(q?.prompt).not.toMatch(/organisation/);
  });
});
