import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// An invented short biography: the regency sentence ends on a side clause ", until …".
const QUEEN = [
  "Queen Ilse of Tarn",
  "",
  "Queen Ilse ruled the small kingdom of Tarn for forty years. She came to the throne in 1702 when she was only nine years old. For the next six years the real power lay with her uncle, Lord Brenn, until the young queen took control herself. She then reformed the courts and built roads across the hills. She died in 1742 and was buried at Orrin.",
].join("\n");

describe("a side clause cut from its sentence", () => {
  it("is never a statement on its own ('Until the young queen took control herself.')", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const prompts = generateQuestions(QUEEN, { count: 10, seed, keepUnsure: true }).questions.map((q) => q.prompt);
      expect(prompts.filter((p) => /^(?:Until|Unless|Because|Although)\b[^,]*\.$/.test(p))).toEqual([]);
    }
  });
});
