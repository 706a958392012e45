import { describe, expect, it } from "vitest";
import { tracedQuestions } from "../support/traced-candidates";

// Judges failed options that moved a Kenyan life to the United States: the land the whole article is set in, swapped far.

describe("the land an article is set in is swapped only for a near one", () => {
  // Invented: a teacher's life in a real land named all through, with one far country named once.
  const article = `Amara Wekesa

Amara Wekesa was a Kenyan teacher who built schools for girls across Kenya. She was born in 1931 in a village in the western hills of Kenya.

She trained as a teacher in Canada in 1955 and then came home. In 1962 she opened her first school in a market town of Kenya.

When schools in Kenya closed during a drought in 1971, she taught under the trees. Kenya later named a prize for teachers after her.`;

  it("never moves her life to the far country the article names once", () => {
    const statements = tracedQuestions(article).flatMap((q) => [q.prompt, ...q.options.map((o) => o.text)]);
    expect(statements.some((s) => /western hills of Canada|market town of Canada|schools in Canada closed/.test(s))).toBe(false);
  });
});
