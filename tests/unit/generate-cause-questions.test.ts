import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { whyQuestion } from "@/lib/generation/why-question";
import { parseArticle } from "@/lib/generation/parse-article";

const balloons = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/hot-air-balloons.txt"), "utf8");

describe("why questions from a plain clause", () => {
  it("puts the clause into a question with the right auxiliary, and refuses a clause it cannot parse surely", () => {
    expect(whyQuestion("A balloon rises")).toBe("Why does a balloon rise?");
    expect(whyQuestion("The crew followed the balloon in a truck")).toBe("Why did the crew follow the balloon in a truck?");
    expect(whyQuestion("Storms are dangerous")).toBe("Why are storms dangerous?");
    expect(whyQuestion("A kite that is falling loses height")).toBe("Why does a kite that is falling lose height?");
    expect(whyQuestion("The decision to close the bridge was important")).toBe("Why was the decision to close the bridge important?");
    expect(whyQuestion("The second rule describes the way heat moves")).toBe("Why does the second rule describe the way heat moves?");
    expect(whyQuestion("Edison's lamps lit the street", "The inventor Thomas Edison worked at night.")).toBe("Why did Edison's lamps light the street?");
    expect(whyQuestion("It rose quickly")).toBeNull();
    expect(whyQuestion("They sank")).toBeNull();
  });
});

describe("causes, purposes and results", () => {
  it("reads the reasons, the purpose and the result the article states with a connective", () => {
    const causes = findCauses(parseArticle(balloons).sentences);
    expect(causes.map((c) => [c.kind, c.question, c.answer])).toEqual([
      ["reason", "Why does a balloon rise?", "Warm air is lighter than the cooler air around it"],
      ["purpose", "Why do pilots change height?", "To find winds that blow in a different direction"],
      ["reason", "Why do balloons usually fly in the early morning?", "The winds are calm at that hour"],
      ["reason", "Why are storms dangerous?", "Strong gusts can push a balloon into trees or power lines"],
      ["result", "Wicker bends without breaking. What happens as a result?", "Landings are gentle for the passengers"],
    ]);
  });

  it("leaves a reason whose pronoun points to someone unnamed, and a hedged one", () => {
    const text = "The Mill\n\nThe old mill closed in 1901. The village lost its baker because he moved to the city. The roof fell in, perhaps because the beams were rotten.";
    expect(findCauses(parseArticle(text).sentences)).toEqual([]);
  });

  it("asks why, with only the article's other causes as options, each set its own", () => {
    const asked = [1, 2, 3].flatMap((seed) => generateQuestions(balloons, { count: 12, seed }).questions).filter((q) => q.keyKind === "cause");
    const rise = asked.find((q) => q.prompt === "Why does a balloon rise?");
    expect(rise?.type).toBe("MULTIPLE_CHOICE");
    expect(rise?.answerText).toBe("Warm air is lighter than the cooler air around it");
    // Two other causes: a plain statement of the article (no cause at all) is never an option (judged a failure 4 of 4 times in round 4).
    expect(rise?.options).toHaveLength(3);
    const causes = ["Warm air is lighter than the cooler air around it", "The winds are calm at that hour", "Strong gusts can push a balloon into trees or power lines", "Landings are gentle for the passengers", "Wicker bends without breaking", "Storms are dangerous", "Balloons usually fly in the early morning"];
    for (const q of asked) for (const o of q.options) expect(causes).toContain(o.text);
    for (const q of asked) {
      expect(passesGates(q, balloons)).toBe(true);
      // No option is a purpose ("To …") beside a reason, nor the sentence the question is built on.
      for (const o of q.options) {
        if (o.text !== q.answerText) expect(o.text).not.toMatch(/^To |because|, so /);
      }
    }
    const one = generateQuestions(balloons, { count: 12, seed: 1 }).questions.filter((q) => q.keyKind === "cause");
    expect(one.length).toBeGreaterThanOrEqual(2);
    for (const a of one) for (const b of one) if (a !== b) expect(b.options.filter((o) => a.options.some((x) => x.text === o.text)).length).toBeLessThan(3);
  });
});
