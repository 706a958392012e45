import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { mainCharacter } from "@/lib/generation/main-character";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a study guide titled by its work and author, whose plot's "she" is the main character it names.
const GUIDE = `"The Copper Lantern" by Ora Velt

"The Copper Lantern" is a short story by Danish writer Ora Velt, first printed in a weekly paper in 1902. The main character, Tilda Marsh, is a shy seamstress who dreams of owning a shop of her own. She saves every coin she earns in a tin under her bed. At the autumn fair, at the turning point, she finds the tin empty. Her brother has spent the money on a racing pigeon. In the end she opens a small stall on the quay and sells lanterns she mends herself.`;

describe("the main character of a retold work", () => {
  it("is read from the sentence that names them so", () => {
    expect(mainCharacter(parseArticle(GUIDE).sentences)).toBe("Tilda Marsh");
    expect(mainCharacter(parseArticle("A Walk\n\nThe main road runs north. It crosses a ford.").sentences)).toBeNull();
  });

  it("is whom the plot's unattached “she” means, not the author the title names", () => {
    const { article } = generateQuestions(GUIDE, { count: 8, seed: 1 });
    const turning = article.sentences.find((s) => s.text.startsWith("At the autumn fair"));
    expect(turning?.person?.name).toBe("Tilda Marsh");
  });
});
