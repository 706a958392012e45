import { describe, expect, it } from "vitest";
import { centuryNumber, centuryOrdinalLike } from "@/lib/generation/century-words";
import { eraYears } from "@/lib/generation/check-framing-eras";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { keyOf } from "../support/key-span";

// Invented: a clock tower of a made-up town, dated by centuries written in words.
const TOWER =
  "The Veldry Clock Tower\n\nThe Veldry clock tower is a tall stone tower in the market square of Veldry. " +
  "The guild of weavers built the tower in the fifteenth century. Its great bell was cast by the founder Ama Toll.\n\nHistory\n\n" +
  "The tower was struck by lightning in 1688 and burned for two days. In the nineteenth century, the wooden clock was replaced by an iron one. " +
  "In its first century the clock kept poor time, and the first century of the guild was a hard one.";

describe("a century written in words", () => {
  it("is a century span where 'the' dates it, not where it counts from something else", () => {
    const centuries = findSpans(TOWER).filter((s) => s.type === "CENTURY").map((s) => s.text);
    expect(centuries).toEqual(["fifteenth century", "nineteenth century"]);
  });

  it("is read as an era and a century number in either form", () => {
    expect(eraYears("fifteenth century")).toEqual({ from: 1400, to: 1500, bc: false });
    expect(eraYears("twenty-first century")).toEqual(eraYears("21st century"));
    expect(centuryNumber("nineteenth century BC")).toBe(19);
    expect(centuryOrdinalLike(12, "fifteenth century")).toBe("twelfth");
    expect(centuryOrdinalLike(12, "15th century")).toBe("12th");
  });

  it("gets wrong options written as centuries in words", () => {
    const ctx = { articleTexts: indexArticleTexts(findSpans(TOWER)), year: null, articleText: TOWER };
    const options = pickDistractors(keyOf("CENTURY", "fifteenth century"), "The guild of weavers built the tower in the _____.", ctx, 3, () => 0.3);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toMatch(/^[a-z-]+ century$/);
  });

  it("can be asked, with the figures form accepted when typed", () => {
    const { questions } = generateQuestions(TOWER, { count: 20, seed: 3 });
    const century = questions.find((q) => q.answerText === "fifteenth century");
    expect(century).toBeDefined();
    const key = century?.answerKey;
    if (century?.type === "FILL_BLANK" && key?.kind === "text") expect(key.accepted).toContain("15th century");
  });
});
