import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { worldOfPerson } from "@/lib/generation/person-worlds";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article on an invented novel and its invented author, written for these tests.
const ARTICLE = `The Salt Widow: A Novel and Its Author

The Salt Widow is a novel by the writer Hessa Quill, published in 1971. Quill wrote it in a fishing village where her husband, Joss Pardew, worked as a doctor.

In the novel, Nell is a young widow who runs an inn by the harbour. Her brother, Davin, owes money to the smuggler Roke. Roke burns the inn's boats. Nell hides Davin in the cellar. Roke threatens Nell at the market. Later, Davin steals Roke's ledger. The harbour master, Stane, reads the ledger and arrests Roke. Nell sells the inn and leaves the village with Davin.

Joss Pardew read every draft of the book. Joss Pardew sent the manuscript to a publisher in London. Quill's sister, Ebba, painted the cover. Ebba painted many portraits of the village.`;

describe("the author's own people introduced with a comma before the name", () => {
  it("are of the real world, as without the comma", () => {
    expect(worldOfPerson("Joss Pardew", ARTICLE)).toBe("real");
    expect(worldOfPerson("Ebba", ARTICLE)).toBe("real");
  });

  it("are neither the key nor an option of a question on who did a deed of the plot", () => {
    const deeds: GeneratedQuestion[] = [];
    generateQuestions(ARTICLE, { trace: (q) => q.castOptions && deeds.push(q) });
    expect(deeds.length).toBeGreaterThan(0);
    for (const q of deeds) expect(q.options.map((o) => o.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Joss Pardew|Ebba)$/)]));
  });
});
