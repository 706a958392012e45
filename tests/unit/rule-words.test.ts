import { describe, expect, it } from "vitest";
import { makeAmountQuestion } from "@/lib/generation/make-amount-questions";
import { makeConditionChanges } from "@/lib/generation/make-change-questions";
import { makeDirectionQuestion, makeTurnedRule } from "@/lib/generation/make-direction-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// Invented sentences only (no article text). The rule makers read a rule's opening, its condition and its rise or fall
// with one list each, so a rule one of them reads, the others read alike.
const sentencesOf = (body: string) => parseArticle(`Test\n\n${body}\n`).sentences;

describe("one list of rule words for the rule makers", () => {
  it("turns every rise or fall the amount maker reads as a condition", () => {
    for (const verb of ["rises", "climbs", "grows", "increases", "goes up", "falls", "drops", "shrinks", "decreases", "declines", "goes down"]) {
      const [s] = sentencesOf(`When the price of salt ${verb}, traders will ship less of it.`);
      expect(makeAmountQuestion(s!, createRandom(1)), verb).not.toBeNull();
      expect(makeTurnedRule(s!, "")?.prompt, verb).toBe(`When the price of salt ${verb}, traders will ship more of it.`);
    }
  });

  it("keeps a rule's named opening in each maker's question", () => {
    const [direction, change, amount] = sentencesOf(
      "Under the old harbour rule, when the tide turns, the price of fish will fall. Under the old harbour rule, when the tide turns, the boats slow down. Under the old harbour rule, when the price of salt rises, traders will ship less of it.",
    );
    expect(makeDirectionQuestion(direction!, createRandom(1))!.prompt).toBe("Under the old harbour rule, when the tide turns, what happens to the price of fish?");
    expect(makeConditionChanges(change!, "", createRandom(1)).map((q) => q.prompt)).toEqual(["Under the old harbour rule, when the tide turns, what happens to the boats?"]);
    expect(makeAmountQuestion(amount!, createRandom(1))!.prompt).toBe("Under the old harbour rule, when the price of salt rises, how much of it will traders ship?");
  });
});
