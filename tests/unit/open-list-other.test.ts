import { describe, expect, it } from "vitest";
import { findLists } from "@/lib/generation/find-lists";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Invented: a river port's trade.
const PORT = `The Port of Vell

The port of Vell grew rich on river trade in the 1500s. Its barges carried wool, salt and other goods to sell or trade, and they brought back wine, glass and iron. The town's guild kept the quays in repair.`;

const membersOf = (text: string) => findLists(parseArticle(text).sentences).map((l) => l.items.map((i) => i.text));

describe("a list that ends in 'other …'", () => {
  it("is no list of three members", () => {
    expect(membersOf(PORT)).not.toContainEqual(expect.arrayContaining(["other goods"]));
  });

  it("leaves the closed list beside it as it was", () => {
    expect(membersOf(PORT)).toContainEqual(["wine", "glass", "iron"]);
  });

  it("never accepts 'other goods' as a typed answer", () => {
    const made: GeneratedQuestion[] = [];
    generateQuestions(PORT, { count: 10, seed: 1, trace: (q) => made.push(q) });
    const accepted = made.flatMap((q) => (q.answerKey.kind === "text" ? q.answerKey.accepted : []));
    expect(accepted).not.toContain("other goods");
  });
});
