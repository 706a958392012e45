import { describe, expect, it } from "vitest";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeNamedSetQuestion } from "@/lib/generation/make-named-set-question";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented articles: a sentence tells some steps, the next names them as a counted set.
const GLACIERS = [
  "How Glaciers Carve Valleys",
  "",
  "A glacier is a slow river of ice that moves down a mountain under its own weight.",
  "",
  "Over many winters, a glacier scrapes soil from the hills, pushes the loose stones ahead and leaves them in the valleys. Geologists call these three processes plucking, bulldozing and dumping. The valleys it leaves behind are wide and U-shaped.",
].join("\n");

function ask(text: string) {
  const { sentences } = parseArticle(text);
  const at = sentences.findIndex((s) => / (?:call these|are called) /.test(s.text));
  return makeNamedSetQuestion(sentences[at]!, sentences[at - 1]);
}

describe("a counted set of steps named after the sentence that tells them", () => {
  it("asks the last name, with that sentence shown and 'these' read as 'the'", () => {
    const q = ask(GLACIERS);
    expect(q?.prompt).toBe(
      "Over many winters, a glacier scrapes soil from the hills, pushes the loose stones ahead and leaves them in the valleys. Geologists call the three processes plucking, bulldozing and _____. (a term from the article)",
    );
    expect(q?.answerText).toBe("dumping");
  });

  it("is not held down as one blank of an open list, and reaches the quiz run", () => {
    const q = ask(GLACIERS)!;
    expect(triviaPenalties(q, GLACIERS, "How Glaciers Carve Valleys", false).map((p) => p.check)).not.toContain("blank-in-list");
    const kept: string[] = [];
    generateQuestions(GLACIERS, { count: 10, seed: 1, trace: (c, verdict) => c.answerText === "dumping" && kept.push(verdict) });
    expect(kept).toContain("selected");
  });

  it("makes nothing when the count and the names disagree, or the sentence before points back itself", () => {
    expect(ask(GLACIERS.replace("these three processes", "these two processes"))).toBeNull();
    expect(ask(GLACIERS.replace("Over many winters, a glacier", "Over many winters, it"))).toBeNull();
  });

  it("makes nothing when the sentence before tells fewer steps than the set counts", () => {
    const told = "Over many winters, a glacier scrapes soil from the hills, pushes the loose stones ahead and leaves them in the valleys.";
    expect(ask(GLACIERS.replace(told, "The surveyor Ilse Marrow mapped the valley in 1907."))).toBeNull();
    expect(ask(GLACIERS.replace(told, "A glacier scrapes soil from the hills and leaves it in the valleys."))).toBeNull();
  });
});
