import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { dangles } from "@/lib/generation/question-stems";

// Invented: a chronicler of an invented kingdom and the king he wrote about.
describe("a pronoun after an opening that cites a source", () => {
  it("is not settled by the source's name", () => {
    expect(dangles("According to the historian Dorran Vell, who wrote much later, he burned the old charters in 213 BCE.")).toBe(true);
    expect(dangles("According to Dorran Vell, he burned the old charters.")).toBe(true);
  });

  it("is still settled by a name in the clause itself", () => {
    expect(dangles("According to the historian Dorran Vell, King Ormo burned the old charters and he fled.")).toBe(false);
    expect(dangles("The historian Dorran Vell said he burned the charters.")).toBe(false);
    // A source of his own names him.
    expect(dangles("According to Ormo's letters, in the third year of his reign he burned the old charters.")).toBe(false);
  });

  it("never gives a statement whose 'he' the reader could take for the source", () => {
    const text =
      "The Charters of Vell\n\nThe kingdom of Vell kept its laws on long bronze charters in the royal hall. " +
      "The old king was feared by his people and by his nobles. " +
      "According to the historian Dorran Vell, who wrote much later, he burned the old charters in 213 BCE and exiled the judges. " +
      "The new charters were cast in bronze by the royal smiths.";
    const { questions } = generateQuestions(text, { count: 10, seed: 1 });
    // (A stem that shows the sentence before, naming the old king, is fair: only one opening on the citation is not.)
    expect(questions.filter((q) => q.prompt.startsWith("According to the historian Dorran Vell, who wrote much later, he"))).toEqual([]);
  });
});
