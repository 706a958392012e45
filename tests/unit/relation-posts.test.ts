import { describe, expect, it } from "vitest";
import { passesGates } from "@/lib/generation/generate-questions";
import { tracedQuestions } from "../support/traced-candidates";

// Our own article about one ruler, with the holder of a post only one person holds named by its tie to him.
const king = `King Odo of Marrow

King Odo of Marrow ruled the river towns for twenty years. He was born in the fortress of Dun in 1390. He won back the eastern towns in 1421. To pay for the war, he and his chief minister, Tamsin Vey, raised a tax on salt. He also built the first stone bridge over the river, and he opened schools in every town.`;

describe("a post the article's person gave someone", () => {
  it("asks who held it, typed", () => {
    const q = tracedQuestions(king).find((c) => c.prompt === "Who was King Odo's chief minister?")!;
    expect(q.type).toBe("FILL_BLANK");
    expect(q.answerText).toBe("Tamsin Vey");
    expect(passesGates(q, king)).toBe(true);
  });
});
