import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeConditionPairQuestion } from "@/lib/generation/make-condition-pair-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented pairs: one thing's outcome under two opposite actions, told in neighbouring sentences.
function ask(text: string) {
  const { sentences } = parseArticle(`Ponds\n\n${text}`);
  const at = sentences.findIndex((s) => /^(?:When|If) /.test(s.text));
  return makeConditionPairQuestion(sentences[at]!, sentences[at + 1], sentences[at - 1], () => 0.3);
}
const texts = (q: ReturnType<typeof ask>) => q?.options.map((o) => o.text).sort();
const key = (q: ReturnType<typeof ask>) => q?.options.find((o) => q.answerKey.kind === "choice" && o.id === q.answerKey.optionId)?.text;

describe("a thing's outcomes under two opposite actions", () => {
  it("asks the first action, the second outcome a wrong option", () => {
    const q = ask("When the keeper raises the sluice, the pond becomes shallower, so reeds dry out. When the keeper lowers the sluice, the pond becomes deeper, which floods the path.");
    expect(q?.prompt).toBe("When the keeper raises the sluice, what happens to the pond?");
    expect(key(q)).toBe("It becomes shallower");
    expect(texts(q)).toEqual(["It becomes deeper", "It becomes shallower", "It stays the same"]);
  });

  it("asks an action told by a pronoun in the passive, the thing named as the sentence before names it", () => {
    const q = ask("The guild sets a yearly stall fee for every trader. When it raises the fee, trading becomes more costly. When it lowers the fee, trading becomes cheaper.");
    expect(q?.prompt).toBe("When the yearly stall fee is raised, what happens to trading?");
    expect(key(q)).toBe("It becomes more costly");
  });

  it("asks an outcome told by a verb of change, its options the two changes and no change", () => {
    const q = ask("The mill sets a fixed price for each sack of flour. When it raises the price, sales fall. When it lowers the price, sales rise.");
    expect(q?.prompt).toBe("When the fixed price is raised, what happens to sales?");
    expect(key(q)).toBe("They fall");
    expect(texts(q)).toEqual(["They fall", "They rise", "They stay the same"]);
  });

  it("makes nothing when an adverb stands between the outcome's thing and its verb, but keeps a noun in -ly", () => {
    expect(ask("When the keeper raises the sluice, the pond generally becomes shallower. When the keeper lowers the sluice, the pond generally becomes deeper.")).toBeNull();
    expect(ask("When the keeper raises the sluice, the ducks likely become calmer. When the keeper lowers the sluice, the ducks likely become noisier.")).toBeNull();
    expect(ask("When the keeper raises the sluice, the pond soon shrinks. When the keeper lowers the sluice, the pond soon grows.")).toBeNull();
    expect(ask("When the keeper raises the sluice, the duck family becomes calmer. When the keeper lowers the sluice, the duck family becomes noisier.")?.prompt).toBe("When the keeper raises the sluice, what happens to the duck family?");
  });

  it("makes nothing when the two outcomes are not set against each other, or the two changes go the same way", () => {
    expect(ask("When the keeper opens the sluice, the pond becomes full. When the keeper closes the sluice, the pond becomes calm.")).toBeNull();
    expect(ask("When the keeper opens the sluice, the pond grows. When the keeper closes the sluice, the pond expands.")).toBeNull();
    expect(key(ask("When the keeper opens the sluice, the pond becomes wider and colder. When the keeper closes the sluice, the pond becomes narrower and warmer."))).toBe("It becomes wider and colder");
  });

  it("makes nothing when the actions are no opposites, the outcomes are hedged or the thing differs", () => {
    expect(ask("When the keeper raises the sluice, the pond becomes shallower. When the keeper paints the sluice, the pond becomes greener.")).toBeNull();
    expect(ask("When the keeper raises the sluice, the pond may become shallower. When the keeper lowers the sluice, the pond may become deeper.")).toBeNull();
    expect(ask("When the keeper raises the sluice, the pond becomes shallower. When the keeper lowers the sluice, the lake becomes deeper.")).toBeNull();
  });

  it("is made in a whole quiz run", () => {
    const article = "How Sluices Work\n\nA sluice is a sliding gate that holds back the water of a pond. The keeper checks it every morning.\n\nWhen the keeper raises the sluice, the pond becomes shallower, so reeds dry out. When the keeper lowers the sluice, the pond becomes deeper, which floods the path.";
    const asked: string[] = [];
    generateQuestions(article, { count: 10, seed: 1, trace: (q) => asked.push(q.prompt) });
    expect(asked).toContain("When the keeper raises the sluice, what happens to the pond?");
  });
});
