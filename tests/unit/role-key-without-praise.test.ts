import { describe, expect, it } from "vitest";
import { tracedQuestions } from "../support/traced-candidates";

// Judges failed "Famous poet" as the one option with the article's word of praise, beside bare one-word roles.

describe("a role key reads like its options", () => {
  // Invented: a painter's life with a poet, an astronomer, an engineer and an inventor each named by a role.
  const article = `Mira Tolland

Mira Tolland was a painter from the river town of Ashcombe. She was the only daughter of the famous poet Edric Tolland and his wife, Hanne.

As a girl she wrote letters to the astronomer Osric Fenn about the stars. Later the engineer Tobin Marsh showed her his steam pumps. She also met the inventor Lise Harrow at a fair in the capital.

Her paintings of the river now hang in the town hall.`;

  it("asks who the poet was with the bare role as the key, not 'Famous poet'", () => {
    const q = tracedQuestions(article).find((c) => c.prompt === "Who was Edric Tolland?");
    expect(q?.answerText).toBe("Poet");
    expect(q?.options.map((o) => o.text)).not.toContain("Famous poet");
  });
});
