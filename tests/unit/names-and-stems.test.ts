import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { placeQuestion } from "@/lib/generation/place-question";
import { withContext } from "@/lib/generation/question-stems";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

// Articles of our own, on invented people and places.
const LAB = [
  "Ada Vell",
  "",
  "Ada Vell was a chemist who studied rare salts in her small laboratory in Orrin. In 1890 she found two new salts in a sample of lake mud. Wilbur Harn and Orville Harn built her a larger furnace. The longest test of the day, made by Wilbur, lasted 59 minutes. She died in Orrin around 1931 or 1932, and her notebooks went to the town library. The lab stood above the Tarrow River, near the old mill.",
].join("\n");

function made(text: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => (verdict === "selected" || verdict === "not-selected") && out.push(q) });
  return out;
}

describe("typed names", () => {
  it("take a first name asked alone in full, when the article gives one full name that opens with it", () => {
    expect(acceptedAliases({ text: "Wilbur", type: "PERSON", start: 0, end: 0 }, LAB)).toContain("Wilbur Harn");
    const two = `${LAB} Wilbur Penn ran the mill.`;
    expect(acceptedAliases({ text: "Wilbur", type: "PERSON", start: 0, end: 0 }, two).filter((a) => a.includes(" "))).toEqual([]);
    // Not someone introduced later, not a thing named after the name, and a possessive is the same full name.
    const cousin = "Wilbur ran the farm for years. Later a cousin, Wilbur Stone, bought it.";
    expect(acceptedAliases({ text: "Wilbur", type: "PERSON", start: 0, end: 0 }, cousin)).not.toContain("Wilbur Stone");
    expect(acceptedAliases({ text: "Nobel", type: "PERSON", start: 0, end: 0 }, "The Nobel Prize is named after Alfred Nobel, who made explosives.")).not.toContain("Nobel Prize");
    expect(acceptedAliases({ text: "Wilbur", type: "PERSON", start: 0, end: 0 }, "Wilbur Harn built the furnace. Wilbur Harn's notes survive.")).toContain("Wilbur Harn");
  });
  it("take a river by its own name, not by an everyday word", () => {
    expect(acceptedAliases({ text: "Tarrow River", type: "PLACE", start: 0, end: 0 }, LAB)).toContain("Tarrow");
    expect(acceptedAliases({ text: "Red River", type: "PLACE", start: 0, end: 0 }, "The Red River floods.")).not.toContain("Red");
    // Not a name the article also gives to something else.
    const state = "The Tarrow River runs through the county of Tarrow before it reaches the sea.";
    expect(acceptedAliases({ text: "Tarrow River", type: "PLACE", start: 0, end: 0 }, state)).not.toContain("Tarrow");
  });
});

describe("keys with no single answer, and stems that are not English", () => {
  it("asks neither year of 'around 1931 or 1932'", () => {
    expect(made(LAB).filter((q) => q.answerText === "1931" || q.answerText === "1932")).toEqual([]);
  });
  it("takes no 'first' as the term in 'named the first one …'", () => {
    expect(findSpans("She named the first one vellite and the second orrinite.", 0, []).map((s) => s.text)).not.toContain("first");
  });
  it("makes no 'Where did … be …?' question", () => {
    const text = "Ada Vell was a chemist who studied rare salts in Orrin.";
    const sentence: Sentence = { text, start: 0, end: text.length, section: 0, inSummary: false };
    const at = text.indexOf("Orrin");
    expect(placeQuestion(sentence, { text: "Orrin", type: "CITY", start: at, end: at + 5 })).toBeNull();
  });
});

describe("list items that are no sentences", () => {
  const TRAVELS = [
    "The Travels of Ada Vell",
    "",
    "Ada Vell was a salt merchant from Orrin who spent twenty years on the roads of the north. She kept a careful diary of every town she passed through and every price she paid.",
    "",
    "Early Years",
    "",
    "She was born in Orrin in 1680 to a family of carters, and she learned the trade from her uncle before she was sixteen.",
    "",
    "Where She Went",
    "",
    "Over those years her journeys took her to:",
    "- the salt pans of Kell and the marshes of Tarn",
    "- Egypt, where she bought a share in a mine in 1712",
    "- the coast of Varn, where she sold her last cart in 1719",
    "",
    "She died in Orrin in 1731, and her diary is kept in the town library.",
  ].join("\n");
  it("are read as list items and asked about only through the list", () => {
    expect(parseArticle(TRAVELS).sentences.filter((s) => s.listItem).map((s) => s.text.slice(0, 12))).toEqual(["the salt pan", "Egypt, where", "the coast of"]);
    for (const q of made(TRAVELS)) expect(q.prompt).not.toMatch(/where (?:she|Ada Vell) (?:bought a share|sold her last cart)/);
  });
  it("are told by their grammar: a bullet that is a sentence stays one, a fragment with a full stop is a list item", () => {
    const bullets = TRAVELS.replace("- the coast of Varn, where she sold her last cart in 1719", "- Ada sold her last cart on the coast of Varn in 1719").replace("- Egypt, where she bought a share in a mine in 1712", "- Egypt, where she bought a share in a mine in 1712.");
    const items = parseArticle(bullets).sentences.filter((s) => s.listItem).map((s) => s.text.slice(0, 12));
    expect(items).toContain("Egypt, where");
    expect(items).not.toContain("Ada sold her");
  });
  it("are no context for the sentence after them", () => {
    const previous: Sentence = { text: "the coast of Varn, where she sold her last cart in 1719", start: 0, end: 52, section: 2, inSummary: false, listItem: true };
    const sentence: Sentence = { text: "It was there that she settled for good.", start: 60, end: 99, section: 2, inSummary: false };
    expect(withContext("It was there that she settled for _____.", sentence, previous)).toBeNull();
    expect(withContext("It was there that she settled for _____.", sentence, { ...previous, text: "Ada Vell sold her last cart on the coast of Varn in 1719.", listItem: undefined })).not.toBeNull();
  });
});

describe("dated events shown apart from their sentences", () => {
  const MILL = [
    "The Kell Mill",
    "",
    "The Kell Mill ground grain for the valley for almost three hundred years. Its wheel still turns on open days.",
    "",
    "History",
    "",
    "Most historians think the first mill on the site was built in 1612 by the monks of Tarn. The town council bought the mill in 1688 and rented it to millers. A great flood destroyed the old wheel in 1741. In 1742 the council paid for a larger wheel of oak. Ada Penn ran the mill for thirty years. In 1790 the council let her add a bakery beside the mill. The last miller retired with his family in 1911. The building became a museum in 1975.",
  ].join("\n");
  it("leave out an item that leans on a pronoun or a hedge", () => {
    const items: string[] = [];
    generateQuestions(MILL, { count: 10, seed: 1, trace: (q) => (q.type === "ORDERING" || q.type === "MATCHING") && items.push(...q.options.map((o) => o.text)) });
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((t) => /historians think|let her add/.test(t))).toEqual([]);
    // A his/her after the item's own subject is that subject's.
    expect(items.some((t) => /last miller retired/.test(t))).toBe(true);
  });
});
