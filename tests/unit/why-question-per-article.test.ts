import { describe, expect, it } from "vitest";
import { whyQuestion } from "@/lib/generation/why-question";

// The why-question reads the article to know whether the clause's first word is a name (written with a capital in
// mid-sentence). Two articles of the same length must not share one answer.
describe("whyQuestion per article", () => {
  const clause = "Marrow grew quickly";
  const named = "The town of Marrow grew.";
  const plain = "The marrow of bone grew."; // the same length as `named`, never a name
  it("keeps a name's capital in the article that writes it as one", () => {
    expect(named.length).toBe(plain.length);
    expect(whyQuestion(clause, named)).toBe("Why did Marrow grow quickly?");
  });
  it("lowers the word in an article of the same length that does not", () => {
    expect(whyQuestion(clause, named)).toBe("Why did Marrow grow quickly?");
    expect(whyQuestion(clause, plain)).toBe("Why did marrow grow quickly?");
  });
});
