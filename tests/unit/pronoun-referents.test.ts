import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { dangles } from "@/lib/generation/question-stems";

describe("a body of people as the subject settles a later they/them/their", () => {
  it("reads them/their as the group, team or party that is the clause's subject", () => {
    expect(dangles("Mara's crew of six reached the reef on _____ and found the old buoy waiting for them.")).toBe(false);
    expect(dangles("The survey team, by then, had gone back to their camp on the ridge.")).toBe(false);
    expect(dangles("Tolen's party reached the ridge, but they found no water there.")).toBe(false);
  });
  it("leaves a they/them dangling where the body of people is not the subject", () => {
    expect(dangles("The king sent a party to find them before the frost.")).toBe(true);
    expect(dangles("On the hill, they met a group of traders.")).toBe(true);
    // A one-word subject that sends the body, a body that acts on others, a "them" the body's first verb acts on.
    expect(dangles("Ravel sent a party to find them before the frost.")).toBe(true);
    expect(dangles("The council fined them in _____.")).toBe(true);
    expect(dangles("When did the government send an army against them?")).toBe(true);
    expect(dangles("The rescue party found them on the ice in _____.")).toBe(true);
    expect(dangles("What was the company that hired them?")).toBe(true);
    // A "their"/"them" the body's own verb acts on may be whoever it went to find; a search or relief party goes to others.
    expect(dangles("The survey team found their tent in the snow.")).toBe(true);
    expect(dangles("The team travelled north and traded with them for furs.")).toBe(true);
    expect(dangles("The survey team crossed the ice and waited for them at the depot.")).toBe(true);
    expect(dangles("The search party reached the ridge and found the tent waiting for them.")).toBe(true);
    expect(dangles("The survey team, on the ridge, they said, was lost.")).toBe(true);
  });
  it("gives a question on a dated sentence whose pronoun means its own subject", () => {
    const article = [
      "The Crossing of the Vell Shelf",
      "",
      "In 1820 two rival crews set out to cross the frozen Vell Shelf on foot. The first crew of six left the harbour town of Orrin in early spring with sledges and ponies. Mara Tolen led them, and she had crossed smaller shelves twice before. Tolen's crew reached the far shore on 3 May 1820 and found the old signal buoy waiting for them. The second crew turned back after losing two of their ponies in a crevasse. Tolen later wrote a short book about the crossing, which sold well in Orrin and beyond.",
    ].join("\n");
    const fates: string[] = [];
    generateQuestions(article, { count: 10, seed: 1, trace: (q, verdict) => q.answerText === "3 May 1820" && q.type !== "TRUE_FALSE" && fates.push(verdict) });
    // Made and passed by every gate (whether a short quiz then picks it is selection's business).
    expect(fates.length).toBeGreaterThan(0);
    expect(fates.every((f) => f === "selected" || f === "not-selected")).toBe(true);
  });
});

describe("a 'that' after a comma", () => {
  it("closes the relative clause of the noun before it, unless it opens 'that is why/how …'", () => {
    expect(dangles("The marker is a block of basalt, a dark rock, that is about a metre tall.")).toBe(false);
    expect(dangles("The markers are blocks of basalt, a dark rock, that are about a metre tall.")).toBe(false);
    expect(dangles("The harvest failed twice, that is why the village emptied.")).toBe(true);
    expect(dangles("The dam failed in spring, that led to the flood.")).toBe(true);
    expect(dangles("Prices rose by a fifth, that meant hardship for savers.")).toBe(true);
  });
});
