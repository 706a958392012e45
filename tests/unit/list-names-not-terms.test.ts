import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented: three made-up lands named as a list, each then the subject of its own sentence.
const TEXT = `The Coast Republics

Three lands lay along the northern coast: Norland, Osterby and Vell. For two centuries a distant crown ruled all three from across the sea, and its governors collected heavy taxes on grain and wool.

Osterby won its freedom in 1811, yet the young republic soon fell apart. Norland broke away in 1819 after a long war in the hills. Vell was the last to leave, in 1825, when the crown's fleet was destroyed in a storm.

Today the three lands trade freely, and their people share one language and many old songs.`;

describe("a list of names is not a list of terms", () => {
  it("never asks a listed name as 'Which term …?' or as 'a term from the article'", () => {
    const asked: string[] = [];
    generateQuestions(TEXT, { count: 10, seed: 1, trace: (q) => asked.push(`${q.prompt} => ${q.answerText}`) });
    expect(asked.length).toBeGreaterThan(0);
    const termAsks = asked.filter((line) => /^Which term\b|\(a term from the article\)/.test(line));
    expect(termAsks).toEqual([]);
  });
});
