import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeStatedResult } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { dropsCondition } from "@/lib/generation/statement-claims";

// An invented mill accident whose one cause is told as "X caused Y" after a past "When" clause: no other result in the
// article to offer as options, so only the cause stated as a true statement asks why it happened.
const MILL = [
  "The Harrow Mill Fire",
  "",
  "In the spring of 1872, the grain mill at Harrow burned down during a night shift.",
  "Workers were grinding barley for the market in Tolven.",
  "When the miller tried to stop the wheel, a crack in the shaft of the main gear caused a shower of sparks instead.",
  "The dust in the loft caught fire within minutes.",
  "Nobody was hurt, but the mill was never rebuilt.",
].join("\n");

describe("a cause told with its result in one clause", () => {
  it("reads a subject of a head noun with its phrases, and leaves 'instead' out of the result", () => {
    const article = parseArticle(MILL);
    const links = findLinks(article.sentences, article.title);
    const link = links.find((l) => l.role === "result");
    expect(link?.question).toBe("What did a crack in the shaft of the main gear cause?");
    expect(link?.bare).toBe("a shower of sparks");
    expect(makeStatedResult(link!, links, article.sentences)?.prompt).toBe("A crack in the shaft of the main gear caused a shower of sparks.");
  });

  it("offers that statement as a candidate that passes the gates", () => {
    const fates: string[] = [];
    generateQuestions(MILL, { count: 8, seed: 1, trace: (q, fate) => q.prompt === "A crack in the shaft of the main gear caused a shower of sparks." && fates.push(fate) });
    expect(fates.length).toBeGreaterThan(0);
    expect(fates.every((f) => f === "selected" || f === "not-selected")).toBe(true);
  });

  it("states nothing where the sentence is the statement itself", () => {
    const text = "Gear Faults\n\nA crack in the shaft of the main gear caused a shower of sparks.\nThe mill at Harrow burned down in 1872 after a long dry summer.";
    const article = parseArticle(text);
    const links = findLinks(article.sentences, article.title);
    expect(links.map((l) => makeStatedResult(l, links, article.sentences)).filter(Boolean)).toEqual([]);
  });
});

describe("a past event opening with 'When' is a time, not a condition", () => {
  it("lets a true positive statement stand without it", () => {
    const sentence = "When the miller tried to stop the wheel, a crack in the shaft caused a shower of sparks.";
    expect(dropsCondition("A crack in the shaft caused a shower of sparks.", sentence)).toBe(false);
  });

  it("still keeps a rule's condition, a bare participle's, a negative's and a False statement's", () => {
    expect(dropsCondition("The wax melts.", "When the wax is heated, it melts.")).toBe(true);
    expect(dropsCondition("The wax melts.", "When heated, the wax melts.")).toBe(true);
    expect(dropsCondition("The gate did not open.", "When the miller pulled the lever, the gate did not open.")).toBe(true);
    expect(dropsCondition("The gate opened.", "When the miller pulled the lever, the gate opened.", true)).toBe(true);
  });
});
