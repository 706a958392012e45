import { describe, expect, it } from "vitest";
import { withoutLeadingConnective, withoutMarkers } from "@/lib/generation/check-context";
import { sideDetailPenalties } from "@/lib/generation/check-side-details";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { needsContext } from "@/lib/generation/question-stems";
import { draftQuestion } from "../support/draft-question";
import { sentenceOf as sentence } from "../support/sentences";

// Invented sentences and story: a queen of an invented realm and her long struggle for the crown.
const STORY = `Queen Orla of Vessmark

Orla was born in 1402 in the hill town of Darrow. Her father ruled the small realm of Vessmark from the castle at Keld.

After her father died in 1431, her two uncles fought over the throne for many years, and the nobles backed neither of them. Finally, in 1438, the council of Keld crowned Orla as queen of all Vessmark, and the two uncles left the realm for good.

She ruled for thirty years and built the first stone bridge over the river Tarn.`;

describe("a story's dated 'Finally,' is its time, not the last item of a list", () => {
  it("reads 'Finally, in 1438,' as standing alone, and an undated 'Finally,' as a list item still", () => {
    expect(needsContext(sentence("Finally, in 1438, the council of Keld crowned Orla as queen."))).toBe(false);
    expect(needsContext(sentence("Finally, in the early 1440s, the council of Keld crowned Orla as queen."))).toBe(false);
    expect(needsContext(sentence("Finally, the grain barges stopped coming to the quay."))).toBe(true);
    expect(needsContext(sentence("Finally, in spring, the seeds are sown in rows."))).toBe(true);
  });

  it("writes stems and statements without it", () => {
    expect(withoutLeadingConnective("Finally, in _____, the council of Keld crowned Orla as queen.")).toBe("In _____, the council of Keld crowned Orla as queen.");
    expect(withoutMarkers("Finally, in 1440, the council of Keld crowned Orla as queen.")).toBe("In 1440, the council of Keld crowned Orla as queen.");
    expect(withoutLeadingConnective("Finally, the grain barges stopped coming to the quay.")).toBe("Finally, the grain barges stopped coming to the quay.");
  });

  it("asks about the crowning, with no 'Finally' in any question's stem", () => {
    const prompts: string[] = [];
    generateQuestions(STORY, { count: 20, seed: 1, keepUnsure: true, trace: (q) => q.source.sentence.startsWith("Finally") && q.type !== "TRUE_FALSE" && prompts.push(q.prompt) });
    // (A copied True statement keeps the article's own words, its "Finally," too.)
    expect(prompts.some((p) => p.startsWith("In _____, the council of Keld crowned Orla"))).toBe(true);
    expect(prompts.filter((p) => /Finally/.test(p))).toEqual([]);
  });

  it("ranks a copied statement that keeps it below the review line, as one that keeps 'Then,'", () => {
    const checks = (prompt: string) =>
      sideDetailPenalties(draftQuestion({ type: "TRUE_FALSE", prompt, answerText: "True" }, { keyKind: "date" }), STORY, "Queen Orla of Vessmark", false).map((p) => p.check);
    expect(checks("Finally, in 1438, the council of Keld crowned Orla as queen of all Vessmark.")).toContain("leading-connective");
    expect(checks("Then, the council of Keld crowned Orla as queen of all Vessmark.")).toContain("leading-connective");
    expect(checks("In 1438, the council of Keld crowned Orla as queen of all Vessmark.")).not.toContain("leading-connective");
  });

  it("shows the sentence before a stem without its dated 'Finally,' when it is the stem's context", () => {
    const race = `The Lake Orm Race

The rowers of Keld and Darrow met on Lake Orm every summer. Finally, in 1447, the council of Keld offered a silver cup for the race. A crowd of about 2,000 people watched them cross the lake that year.`;
    const prompts: string[] = [];
    generateQuestions(race, { count: 20, seed: 1, keepUnsure: true, trace: (q) => q.source.sentence.startsWith("A crowd") && prompts.push(q.prompt) });
    expect(prompts.some((p) => p.startsWith("In 1447, the council of Keld offered a silver cup for the race. A crowd of about _____"))).toBe(true);
    expect(prompts.filter((p) => /Finally/.test(p))).toEqual([]);
  });
});
