import { describe, expect, it } from "vitest";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a made-up mountain slope with two reasons for one effect.
describe("an effect given two reasons, each after its own 'because'", () => {
  it("keys the first reason alone, never with the second's 'and because' inside the answer", () => {
    const text =
      "The North Slope\n\nIce lasts longer on the north slope of Mount Feld, because the sun rarely reaches the slope and because cold air pools in the hollows.";
    const causes = findCauses(parseArticle(text).sentences);
    expect(causes.map((c) => [c.question, c.answer, c.reason])).toEqual([
      ["Why does ice last longer on the north slope of Mount Feld?", "The sun rarely reaches the slope", "the sun rarely reaches the slope"],
    ]);
    const at = text.indexOf("the sun rarely");
    expect([causes[0]!.start, causes[0]!.end]).toEqual([at, at + "the sun rarely reaches the slope".length]);
    // Without the comma the same.
    const plain = findCauses(parseArticle(text.replace("Feld, because", "Feld because")).sentences);
    expect(plain.map((c) => c.answer)).toEqual(["The sun rarely reaches the slope"]);
  });
});
