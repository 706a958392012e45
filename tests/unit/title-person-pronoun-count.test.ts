import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

describe("the title person's pronoun, counted once for every reader", () => {
  it("counts \"hers\" among a woman's pronouns, as the life-dates reader does", () => {
    // Two "she" and one "hers": three of her pronouns and none of a man's make the article hers.
    const article = `Ada Quill, Weaver of Lorn

Ada Quill was a weaver who ran the great loom house of Lorn.

Ada Quill was born in the town of Lorn in 1790. In 1812 she opened a loom house beside the river. By 1820 the finest cloth in the valley was hers. She sold bolts of wool to the merchants of Tarn.`;
    const sentences = generateQuestions(article, { count: 10, seed: 1 }).article.sentences;
    expect(sentences.find((s) => s.text.startsWith("She sold"))!.person?.name).toBe("Ada Quill");
  });
});
