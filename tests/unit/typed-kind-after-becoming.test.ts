import { describe, expect, it } from "vitest";
import { makeFillBlank } from "@/lib/generation/make-cloze";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";

// Invented: judges failed "… is now a _____." asked typed, keyed to a kind of listed place: a museum or a shrine fits too.
const typed = (text: string, key: string) => {
  const s = parseArticle(text).sentences.find((x) => x.text.includes(key))!;
  const at = s.start + s.text.indexOf(key);
  const span: Span = { type: "TERM", text: key, start: at, end: at + key.length };
  return makeFillBlank(s, span, 1, text);
};

describe("a kind after 'is now a' asked typed", () => {
  it("is not asked typed", () => {
    expect(typed("The Hall of Orvel\n\nThe old hall burned twice. The rebuilt hall at Orvel is now a Protected Crown Monument.", "Protected Crown Monument")).toBeNull();
  });

  it("leaves a name the sentence gives in other places", () => {
    expect(typed("The Hall of Orvel\n\nThe old hall burned twice. The Protected Crown Monument list now holds the rebuilt hall.", "Protected Crown Monument")).not.toBeNull();
  });
});
