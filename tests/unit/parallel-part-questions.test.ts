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

  it("sees the same job said of a sibling with another form of the verb", () => {
    // "lifted" and "carried" meet "lift" and "carry" (the crude root used to cut "carried" to "carri").
    expect(jobsOf(vessels("Sap moves through three kinds of vessels.", " In wet years the sinkers lifted sap from the roots.")).jobs).toEqual([]);
    const text = "The Glimmer Tree\n\nSap moves through three kinds of vessels. Risers carry sap from the roots, sinkers hold sugar in the bark, and threadlets link the two. Each sinker carried sap from the roots in spring.";
    expect(jobsOf(text).jobs.map((j) => j.part)).not.toContain("risers");
    const stored = "The Paper Hive\n\nThe colony keeps two kinds of workers. Foragers store nectar in wax cells, while guards watch the narrow entrance. In autumn the guards stored nectar in wax cells too.";
    expect(jobsOf(stored).jobs.map((j) => j.part)).toEqual(["guards"]);
    const brought = "The Glimmer Tree\n\nSap moves through three kinds of vessels. Risers bring sap from the roots, sinkers carry sugar to the bark, and threadlets link the two. Each sinker brought sap from the roots in spring.";
    expect(jobsOf(brought).jobs.map((j) => j.part)).toEqual(["sinkers"]);
  });

  it("sees the same job said of a sibling when the verb is a short word", () => {
    const text = "The Meadow Burrows\n\nThe meadow hides two kinds of diggers. Moles dig long tunnels, while voles chew grass roots. In wet years the voles dig tunnels as well.";
    expect(jobsOf(text).jobs.map((j) => j.part)).toEqual(["voles"]);
  });

  it("sees the same job said of a sibling by 'They' right after the sentence naming it", () => {
    const text = "The Paper Hive\n\nThe colony keeps two kinds of workers. Foragers store nectar in wax cells, while guards watch the narrow entrance. Guards are older bees. They store nectar in wax cells when the foragers are away.";
    expect(jobsOf(text).jobs.map((j) => j.part)).toEqual(["guards"]);
  });

  it("sees a job that a sibling in the same sentence does too, with more besides", () => {
    const text = "The Glass Eye\n\nThe eye has two kinds of cells. Rods detect light, while cones detect light and colour.";
    expect(jobsOf(text).jobs.map((j) => [j.part, j.job])).toEqual([["cones", "detect light and colour"]]);
  });

  it("asks no job that says 'also' or 'never' (it speaks of the siblings too)", () => {
    const also = "The Paper Hive\n\nThe colony keeps two kinds of workers. Foragers also gather nectar from meadows, while guards watch the narrow entrance.";
    expect(jobsOf(also).jobs.map((j) => j.part)).toEqual(["guards"]);
    const never = "The Paper Hive\n\nA hive holds three kinds of bees. Drones never sting, workers gather food, and queens lay eggs.";
    expect(jobsOf(never).jobs.map((j) => j.part)).toEqual(["workers", "queens"]);
  });

  it("reads no parts after a kind with no number, nor a clause joined by a bare 'while'", () => {
    expect(jobsOf("The Windy Farm\n\nThe farm grows many kinds of crops. Farmers plant wheat in autumn, and cows graze the fields in spring.").jobs).toEqual([]);
    expect(jobsOf("The Paper Hive\n\nThe colony keeps three kinds of workers. Foragers gather nectar, nurses feed larvae while queens rest in the cells.").jobs).toEqual([]);
  });

  it("takes the kind from the last word of its noun phrase", () => {
    const text = "The Bottle Shop\n\nThe shop sells two kinds of glass bottles. Jugs keep oil cool, and vials store thick syrup.";
    expect(jobsOf(text).jobs.map((j) => j.kind)).toEqual(["bottles", "bottles"]);
  });

  it("keeps 'it' taken up by a time clause, and asks no job whose 'it' is another sentence's noun or stands for nothing", () => {
    const kept = "The Paper Hive\n\nThe colony keeps two kinds of workers. Foragers fetch water as it drips from leaves, while guards watch the narrow entrance.";
    expect(jobsOf(kept).jobs.map((j) => j.job)).toContain("fetch water as it drips from leaves");
    const pond = "The Mill Pond\n\nRain fills the pond through three kinds of channels. Streams bring fresh water, ditches drain the fields into it, and gutters carry runoff from the road.";
    expect(jobsOf(pond).jobs.map((j) => j.part)).toEqual(["streams", "gutters"]);
    const dummy = "The Town Pipes\n\nWater moves through three kinds of pipes. Inlets carry it in from the street, drains take it away, and gutters make it easy to clean the roof.";
    expect(jobsOf(dummy).jobs.map((j) => j.job)).toEqual(["carry water in from the street", "take water away"]);
  });

  it("does not take a title's capital as a name's", () => {
    const text = "The Heart and Sap\n\nSap moves through three kinds of vessels. Risers lift it from the roots to the leaves, sinkers bring it back, and tiny threadlets join the two. Threadlets are so thin that light shines through them.";
    expect(jobsOf(text).jobs.map((j) => j.job)).toEqual(["lift sap from the roots to the leaves"]);
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
    expect(q.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["nurseries", "the nurseries", "nursery", "lower rooms", "2 lower rooms"]) });
  });

  it("accepts the singular the article uses for a plural that is not made with -s", () => {
    const text = "The Paper Hive\n\nThe hive is split into four rooms. The two upper rooms are the atria, and they store honey through the winter. The two lower rooms are the nurseries, which shelter the young larvae.\n\nEach atrium is warm.";
    const { sentences, jobs } = jobsOf(text);
    const q = makeParallelPartQuestion(jobs[0]!, sentences, text, createRandom(1))!;
    expect(q.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["atria", "atrium", "upper rooms"]) });
  });

  it("reads no part from an adjective after 'are'", () => {
    const text = "The Two Shores\n\nThe northern provinces are wealthy, and they export wheat to the mainland. The southern provinces are poor, and they grow rice on terraces.";
    expect(jobsOf(text).jobs).toEqual([]);
    const most = "The Two Shores\n\nThe northern provinces are the richest, and they export wheat to the mainland. The southern provinces are the poorer, and they grow rice on terraces.";
    expect(jobsOf(most).jobs).toEqual([]);
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

  it("makes no question when a noun after the member's verb may own the 'its'", () => {
    const text = hive(" Because the left nursery feeds the right comb, its wall is the thickest.");
    expect(makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1))).toEqual([]);
  });

  it("makes no question when the member's clause has a singular object that may own the 'its'", () => {
    const text = hive(" Because the left nursery feeds the queen, its wall is the thickest.");
    expect(makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1))).toEqual([]);
  });

  it("keeps the tense of the source", () => {
    const text = hive(" Because the left nursery had to warm the most larvae, its wall was the thickest.");
    expect(makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1))[0]!.prompt).toBe("Which room had the thickest wall?");
  });

  it("makes no question when the clause names two members", () => {
    const text = hive(" Because the left nursery sits beside the right comb, its wall is the thickest.");
    expect(makeSuperlativePartQuestions(parseArticle(text).sentences, text, createRandom(1))).toEqual([]);
  });
});
