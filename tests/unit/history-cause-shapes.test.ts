import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { whyQuestion } from "@/lib/generation/why-question";

// Causes as history and biography articles state them (invented article): a list of problems ("First, …, so …",
// "Second, …, which meant that …") and a reason about the article's one person ("Because he was …, rulers hired him, …").
const chartmaker = [
  "Idrisu Kalvo: Charting the River",
  "",
  "Idrisu Kalvo was a surveyor from the town of Keldby who drew the first full charts of the Orrin River. He was born in 1650, and he studied mathematics as a young man. Because he was a careful measurer, the harbour guilds often hired him, paid him well and sometimes lent him a ship. The old charts had two big faults. First, the river had moved many times, so the old charts did not show the real banks. Second, there were hundreds of shoals to record, which meant that only a few pilots could learn to draw and measure.",
  "",
  "Idrisu Kalvo died in Keldby in 1702.",
].join("\n");

describe("causes in history and biography articles", () => {
  it("asks why of a negated past verb", () => {
    expect(whyQuestion("The old charts did not show the real banks")).toBe("Why did the old charts not show the real banks?");
    expect(whyQuestion("The guild did not pay its debts")).toBe("Why did the guild not pay its debts?");
  });

  it("reads a list item's 'S1, so S2' and 'S1, which meant that S2' without the item word", () => {
    const article = parseArticle(chartmaker);
    const links = findLinks(article.sentences, article.title).map((l) => [l.question, l.answer]);
    expect(links).toContainEqual(["Why did the old charts not show the real banks?", "Because the river had moved many times"]);
    expect(links).toContainEqual(["Why could only a few pilots learn to draw and measure?", "Because there were hundreds of shoals to record"]);
  });

  it("asks a list item's cause with the article's other reasons as options, and never as a dangling stem", () => {
    const seen: { prompt: string; verdict: string; options: string[] }[] = [];
    generateQuestions(chartmaker, { count: 10, seed: 1, trace: (q, verdict) => q.keyKind === "cause" && seen.push({ prompt: q.prompt, verdict, options: q.options.map((o) => o.text) }) });
    const why = seen.find((c) => c.prompt === "Why could only a few pilots learn to draw and measure?");
    expect(why?.verdict).toBe("selected");
    expect([...why!.options].sort()).toEqual(["Because Idrisu Kalvo was a careful measurer", "Because the river had moved many times", "Because there were hundreds of shoals to record"]);
    expect(seen.filter((c) => /banks|pilots/.test(c.prompt)).every((c) => c.verdict !== "stem-dangles")).toBe(true);
  });

  it("restates a lone reason about the article's one person, naming them, past the gate that wants each half in the article", () => {
    const text = [
      "Idrisu Kalvo: Charting the River",
      "",
      "Idrisu Kalvo was a surveyor from the town of Keldby who drew the first full charts of the Orrin River. He was born in 1650, and he studied mathematics as a young man. Because he was a careful measurer, the harbour guilds often hired him, paid him well and sometimes lent him a ship. He died in Keldby in 1702.",
    ].join("\n");
    const seen: [string, string][] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => q.keyKind === "cause" && seen.push([q.prompt, verdict]) });
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]).toBe("The harbour guilds often hired Idrisu Kalvo because he was a careful measurer.");
    expect(["selected", "not-selected"]).toContain(seen[0]![1]);
  });

  it("restates 'Because he was …, he …' with the person named once and 'he' after 'because', past the gate", () => {
    const text = [
      "Idrisu Kalvo: Charting the River",
      "",
      "Idrisu Kalvo was a surveyor from the town of Keldby who drew the first full charts of the Orrin River. He was born in 1650, and he studied mathematics as a young man. He worked for the harbour guilds for many years. Because he was ill with a fever, he left the guild in 1699. He died in Keldby in 1702.",
    ].join("\n");
    const seen: [string, string][] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => q.keyKind === "cause" && seen.push([q.prompt, verdict]) });
    expect(seen.map(([prompt]) => prompt)).toEqual(["Idrisu Kalvo left the guild in 1699 because he was ill with a fever."]);
    expect(["selected", "not-selected"]).toContain(seen[0]![1]);
  });

  it("reads 'S1, meaning that S2' and 'S1. This meant that S2.' as reasons, and asks 'had to' as a need", () => {
    const text = [
      "The Salt Road of Varn",
      "",
      "The town of Varn stood on the only pass through the Hollin Hills. The river froze every winter, meaning that the barges could not reach the town. The old bridge collapsed in a great storm. This meant that the carts had to cross at the ford. The guild built a new stone bridge, which meant that the merchants no longer waited for the dry season.",
    ].join("\n");
    const article = parseArticle(text);
    expect(findLinks(article.sentences, article.title).map((l) => [l.question, l.answer])).toEqual([
      ["Why could the barges not reach the town?", "Because the river froze every winter"],
      ["Why did the carts have to cross at the ford?", "Because the old bridge collapsed in a great storm"],
      ["Why did the merchants no longer wait for the dry season?", "Because the guild built a new stone bridge"],
    ]);
  });

  it("refuses a clause whose 'verb' has an auxiliary straight after it (a noun of the subject, misread)", () => {
    expect(whyQuestion("The salt boats could not reach the town")).toBeNull();
    expect(whyQuestion("The carts had to cross at the ford")).toBe("Why did the carts have to cross at the ford?");
  });
});
