import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findParallelJobs, makeParallelPartQuestion, makeSuperlativePartQuestions } from "@/lib/generation/make-parallel-part-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion } from "@/lib/generation/types";

function keyed(q: GeneratedQuestion): string {
  return q.options.find((o) => q.answerKey.kind === "choice" && o.id === q.answerKey.optionId)!.text;
}

function jobsOf(text: string) {
  const { sentences } = parseArticle(text);
  return { sentences, jobs: findParallelJobs(sentences, text) };
}

const vessels = (lead: string, extra = "") =>
  `The Glimmer Tree\n\n${lead} Risers lift it from the roots to the leaves, sinkers bring it back, and tiny threadlets join the two. Threadlets are so thin that light shines through them.${extra}`;

describe("jobs of sibling parts in parallel clauses", () => {
  it("asks which part does a job, the siblings as options and the 'it' written out from the sentence before", () => {
    const text = vessels("Sap moves through three kinds of vessels.");
    const { sentences, jobs } = jobsOf(text);
    // "bring it back" leaves the goal to a sibling clause, "join the two" points outside: neither is asked.
    expect(jobs.map((j) => j.part)).toEqual(["risers"]);
    const q = makeParallelPartQuestion(jobs[0]!, sentences, text, createRandom(1))!;
    expect(q.prompt).toBe("Which vessels lift sap from the roots to the leaves?");
    expect(keyed(q)).toBe("Risers");
    expect(q.options.map((o) => o.text).sort()).toEqual(["Risers", "Sinkers", "Threadlets"]);
  });

  it("makes no question when the sentence before does not settle what 'it' is", () => {
    expect(jobsOf(vessels("There are three kinds of vessels in the trunk.")).jobs).toEqual([]);
  });

  it("makes no question when the article says a sibling does the same job", () => {
    expect(jobsOf(vessels("Sap moves through three kinds of vessels.", " In wet years sinkers lift sap from the roots as well.")).jobs).toEqual([]);
  });

  it("reads no parts when the clauses are fewer than the kinds the sentence before counts", () => {
    const text = "The Glimmer Tree\n\nSap moves through three kinds of vessels. Risers lift sap to the leaves, and sinkers carry sugar to the roots.";
    expect(jobsOf(text).jobs).toEqual([]);
  });

  it("reads two parts joined by 'while', asked typed", () => {
    const text = "The Paper Hive\n\nThe colony keeps two kinds of workers. Foragers gather nectar from distant meadows, while guards watch the narrow entrance.";
    const { sentences, jobs } = jobsOf(text);
    expect(jobs.map((j) => [j.part, j.job])).toEqual([
      ["foragers", "gather nectar from distant meadows"],
      ["guards", "watch the narrow entrance"],
    ]);
    const q = makeParallelPartQuestion(jobs[1]!, sentences, text, createRandom(1))!;
    expect(q.prompt).toBe("Which workers watch the narrow entrance?");
    expect(q.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["guards", "guard"]) });
  });

  it("is chosen for a quiz", () => {
    const text = vessels("Sap moves through three kinds of vessels.");
    const prompts = generateQuestions(text, { count: 10, seed: 1 }).questions.map((q) => q.prompt);
    expect(prompts).toContain("Which vessels lift sap from the roots to the leaves?");
  });
});

const hive = (extra = "") =>
  `The Paper Hive\n\nThe hive is split into four rooms. The two upper rooms are the combs, and they store honey through the winter. The two lower rooms are the nurseries, which shelter the young larvae.${extra}\n\nBees enter the left comb first, then the right comb, the right nursery and the left nursery.`;

describe("jobs of sibling parts in neighbouring sentences", () => {
  it("asks typed when only two parts are named", () => {
    const text = hive();
    const { sentences, jobs } = jobsOf(text);
    expect(jobs.map((j) => [j.part, j.job])).toEqual([
      ["combs", "store honey through the winter"],
      ["nurseries", "shelter the young larvae"],
    ]);
    const q = makeParallelPartQuestion(jobs[1]!, sentences, text, createRandom(1))!;
    expect(q.type).toBe("FILL_BLANK");
    expect(q.prompt).toBe("Which rooms shelter the young larvae?");
    expect(q.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["nurseries", "the nurseries", "nursery"]) });
  });

  it("reads no parts when the two sentences name the kind with the same words", () => {
    const text = "The Paper Hive\n\nThe two side rooms are the combs, and they store honey. The two side rooms are the nurseries, which shelter the larvae.";
    expect(jobsOf(text).jobs).toEqual([]);
  });
});

describe("a superlative that singles one part out", () => {
  it("asks which member has the most, the other members the article names as options", () => {
    const text = hive(" Because the left nursery has to warm the most larvae, its wall is the thickest.");
    const [q] = makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1));
    expect(q!.prompt).toBe("Which room has the thickest wall?");
    expect(keyed(q!)).toBe("Left nursery");
    expect(q!.options.map((o) => o.text).sort()).toEqual(["Left comb", "Left nursery", "Right comb", "Right nursery"]);
  });

  it("makes no question when the member is not the subject the 'its' goes back to", () => {
    const text = hive(" Bees crowd beside the left nursery in spring, so its wall is the thickest.");
    expect(makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1))).toEqual([]);
  });

  it("makes no question when the clause names two members", () => {
    const text = hive(" Because the left nursery sits beside the right comb, its wall is the thickest.");
    expect(makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1))).toEqual([]);
  });
});
