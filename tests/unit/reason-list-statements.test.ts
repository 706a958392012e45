import { describe, expect, it } from "vitest";
import { isFragment } from "@/lib/generation/check-stems";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeReasonListStatements } from "@/lib/generation/make-reason-list-statements";
import { parseArticle } from "@/lib/generation/parse-article";

// An invented article: a sentence listing its reasons as clauses after a colon.
const mill = [
  "The Mill at Orsk",
  "",
  "The mill at Orsk has ground grain for the valley's farmers since 1790. Its wheel is turned by the river Tell.",
  "",
  "Millers charge a fee for several reasons: the stones wear down quickly, the river runs low in summer, and grain spoils if it waits too long.",
  "",
  "The fee is paid in flour, not coins, and the miller sells that flour at the autumn market in the town of Brell.",
].join("\n");

const statements = (text: string) => makeReasonListStatements(parseArticle(text).sentences, text).map((s) => s.question.prompt);

describe("a sentence giving several reasons after a colon", () => {
  it("states each reason with what it is a reason for, true", () => {
    expect(statements(mill)).toEqual([
      "One reason millers charge a fee is that the stones wear down quickly.",
      "One reason millers charge a fee is that the river runs low in summer.",
      "One reason millers charge a fee is that grain spoils if it waits too long.",
    ]);
  });

  it("passes the gate that checks a true statement against the article", () => {
    const fates = new Map<string, string>();
    generateQuestions(mill, { count: 10, trace: (q, verdict) => fates.set(q.prompt, verdict) });
    expect(fates.get("One reason millers charge a fee is that the river runs low in summer.")).toMatch(/selected/);
  });

  it("makes nothing of reasons that are no clauses, or of a lead that points back", () => {
    expect(statements(mill.replace(/the stones wear down quickly, the river runs low in summer, and grain spoils if it waits too long/, "cost, speed and safety"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "It charges a fee"))).toEqual([]);
  });

  it("reads the reasons from the list lines under a lead that closes on the colon", () => {
    const lines = mill.replace(
      "Millers charge a fee for several reasons: the stones wear down quickly, the river runs low in summer, and grain spoils if it waits too long.",
      "Millers charge a fee for several reasons:\n- The stones wear down quickly.\n- The river Tell runs low in summer.\n- Grain spoils if it waits too long.",
    );
    expect(statements(lines)).toEqual([
      "One reason millers charge a fee is that the stones wear down quickly.",
      "One reason millers charge a fee is that the river Tell runs low in summer.",
      "One reason millers charge a fee is that grain spoils if it waits too long.",
    ]);
    const fates = new Map<string, string>();
    generateQuestions(lines, { count: 10, trace: (q, verdict) => fates.set(q.prompt, verdict) });
    expect(fates.get("One reason millers charge a fee is that the stones wear down quickly.")).toMatch(/selected/);
  });

  it("makes nothing when the count the lead gives and the clauses it lists disagree", () => {
    const two = mill.replace("for several reasons:", "for two reasons:");
    expect(statements(two)).toEqual([]);
    expect(statements(mill.replace("for several reasons:", "for three reasons:"))).toHaveLength(3);
    const lines = "Orsk Ferry\n\nThe ferry at Orsk ran from 1850.\n\nThe ferry stopped running for two reasons:\n- A stone bridge opened upstream.\n- The old boat leaked too often.\n- The ferryman Tobin Ash moved away.\n";
    expect(statements(lines)).toEqual([]);
  });

  it("makes nothing of a lead that opens on a phrase before a comma", () => {
    expect(statements(mill.replace("Millers charge a fee", "In 1790, millers charged a fee"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "However, millers charge a fee"))).toEqual([]);
  });

  it("makes nothing of a lead that reports what someone believes or says", () => {
    expect(statements(mill.replace("Millers charge a fee", "Historians believe that millers charged a fee"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "Farmers say millers charge a fee"))).toEqual([]);
  });

  it("makes nothing of a lead whose pronoun leans on the sentences before", () => {
    expect(statements(mill.replace("Millers charge a fee", "Most farmers like it"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "The farmers paid this miller"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "The farmers paid him a fee"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "Farmers paid him a fee"))).toEqual([]);
    expect(statements(mill.replace("Millers charge a fee", "Tobin Ash sold his mill"))).toHaveLength(3);
    expect(statements(mill.replace("Millers charge a fee", "Millers charge their neighbours a fee"))).toHaveLength(3);
  });

  it("keeps a name capitalised though the article writes the same word in lower case", () => {
    const will = mill.replace("Its wheel is turned by the river Tell.", "Its wheel is turned by the river Tell, and the miller, Will Orr, says it will turn for ever.").replace("Millers charge a fee", "Will charges a fee");
    expect(statements(will)[0]).toBe("One reason Will charges a fee is that the stones wear down quickly.");
  });
});

// One pattern of counted reasons serves the stem check and this maker: each reads the leads the other reads.
describe("the leads that count their reasons", () => {
  it("reads a lead with a word between its count and 'reasons', as the stem check does", () => {
    expect(statements(mill.replace("for several reasons:", "for three other reasons:"))).toHaveLength(3);
  });

  it("keeps a short lead counting 'a number of' reasons a clause, not a label, as this maker reads it", () => {
    expect(isFragment("Mills shut for a number of reasons: the stones wore down, and the river ran low.")).toBe(false);
  });
});
