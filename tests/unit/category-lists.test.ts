import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findCategoryLists } from "@/lib/generation/find-category-lists";
import { makeCategoryListQuestions, outsidersOfKind } from "@/lib/generation/make-category-list-questions";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

// Lists introduced by a kind word ("many hardships, including …"), on invented topics of our own: a lamp-makers' guild
// and a river ferry.
function sentencesOf(...texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length, section: 1, inSummary: false };
    at += text.length + 1;
    return s;
  });
}

const found = (...texts: string[]) => findCategoryLists(sentencesOf(...texts)).map((l) => ({ kind: l.kind, past: l.past, members: l.items.map((i) => i.text) }));

const REASONS = "Several reasons lay behind the founding of the guild, among them rising demand for lamp oil, as well as the growth of night markets.";
const HARDSHIPS = "The first lamplighters met with many hardships, including icy streets and low wages.";
const GUILD = [
  "The Lamp Guild of Orvel",
  "",
  "The Lamp Guild was set up in the river town of Orvel in 1620 by a group of tinsmiths.",
  REASONS,
  HARDSHIPS,
  "Within ten years the guild ran forty lamps along the main road.",
  "Its members met every spring in the old grain hall to fix the price of oil.",
  "The guild kept its own records in a large bound ledger.",
  "In 1702 the town council took over the lamps and the guild closed.",
].join("\n");

function categoryQuestions(text: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => q.keyKind === "category" && (verdict === "selected" || verdict === "not-selected") && !out.includes(q) && out.push(q) });
  return out;
}

describe("finding lists introduced by a kind word", () => {
  it("finds the kind with the clause that places it, in the sentence's tense", () => {
    expect(found(HARDSHIPS)).toEqual([{ kind: "hardships the first lamplighters met with", past: true, members: ["icy streets", "low wages"] }]);
    expect(found("Ferry crews carry many goods, such as grain, salt and timber.")).toEqual([{ kind: "goods ferry crews carry", past: false, members: ["grain", "salt", "timber"] }]);
  });
  it("reads a kind after 'which' with the noun the clause follows", () => {
    expect(found("The guild hired a clerk, and the guild hall, which held many treasures, such as silver lamps, old charters and a brass bell.")).toEqual([
      { kind: "treasures the guild hall held", past: true, members: ["silver lamps", "old charters", "brass bell"] },
    ]);
    expect(found("The river has two ports, and the upper port, which has three quays: the salt quay, the timber quay and the ferry quay.")).toEqual([
      { kind: "quays the upper port has", past: false, members: ["salt quay", "timber quay", "ferry quay"] },
    ]);
  });
  it("reads 'among them' as hanging from the quantified subject, not the nearest plural", () => {
    expect(found(REASONS)).toEqual([
      { kind: "reasons that lay behind the founding of the guild", past: true, members: ["rising demand for lamp oil", "growth of night markets"] },
    ]);
  });
  it("refuses a member that is a clause", () => {
    expect(found("The ferry crews faced many dangers, including storms that sank boats and thieves.")).toEqual([]);
    expect(found("The guild set several rules: members paid a yearly fee, apprentices trained for five years and no lamp burned after midnight.")).toEqual([]);
  });
  it("refuses a singular kind", () => {
    expect(found("The flood did great harm, such as broken roofs and fallen trees.")).toEqual([]);
    // The members of a singular thing are its parts, not its kinds.
    expect(found("The guild built a new hall, including a kitchen, a library and a meeting room.")).toEqual([]);
  });
  it("refuses a last member that is itself a pair", () => {
    expect(found("The guild sold many wares, such as wicks, oil, and brass and tin lamps.")).toEqual([]);
  });
});

describe("questions on a list introduced by a kind word", () => {
  it("asks one of the reasons with the hardships as the wrong options, and survives the option checks", () => {
    const mc = categoryQuestions(GUILD).filter((q) => q.type === "MULTIPLE_CHOICE" && q.prompt.includes("one of the"));
    expect(mc.map((q) => q.prompt)).toEqual(["Which of these was one of the reasons that lay behind the founding of the guild?"]);
    const options = mc[0]!.options.map((o) => o.text);
    expect(["rising demand for lamp oil", "growth of night markets"]).toContain(mc[0]!.answerText);
    expect(options.filter((o) => o !== mc[0]!.answerText).sort()).toEqual(["icy streets", "low wages"]);
  });
  it("asks the second list by no question whose options are the first one's members (the two would answer each other)", () => {
    const questions = makeCategoryListQuestions(sentencesOf(REASONS, HARDSHIPS), findCategoryLists(sentencesOf(REASONS, HARDSHIPS)), createRandom(1));
    expect(questions.filter((q) => q.type === "MULTIPLE_CHOICE")).toHaveLength(1);
  });
  it("never offers a member of the other list that the article also places beside this list's kind", () => {
    const sentences = sentencesOf(REASONS, HARDSHIPS, "Low wages were also among the reasons given at the founding.");
    const lists = findCategoryLists(sentences);
    expect(outsidersOfKind(lists[0]!, lists, sentences)).toEqual(["icy streets"]);
    // One fair wrong option is too few: no question on the reasons (the hardships may still be asked, with the reasons as wrong options).
    const asked = makeCategoryListQuestions(sentences, lists, createRandom(1)).filter((q) => q.type === "MULTIPLE_CHOICE");
    expect(asked.map((q) => q.prompt)).toEqual(["Which of these was one of the hardships the first lamplighters met with?"]);
  });
  it("takes no wrong options from another list of the same kind word", () => {
    const sentences = sentencesOf(HARDSHIPS, "The later lamplighters met with other hardships, including long night shifts and burns from the oil.");
    const lists = findCategoryLists(sentences);
    expect(lists).toHaveLength(2);
    expect(outsidersOfKind(lists[0]!, lists, sentences)).toEqual([]);
  });
  it("takes no wrong options from a kind of the same role, nor from kinds that sort things by what they are", () => {
    const dangers = sentencesOf(HARDSHIPS, "The night watch faced several dangers, including thieves and fires.");
    expect(outsidersOfKind(findCategoryLists(dangers)[0]!, findCategoryLists(dangers), dangers)).toEqual([]);
    // Zones of a shore and its grazers: a snail among zones gives itself away.
    const shore = sentencesOf(
      "A rocky shore is divided into zones: the splash zone, the high zone and the low zone.",
      "Many animals live in the pools, such as snails, crabs and starfish.",
    );
    const lists = findCategoryLists(shore);
    expect(lists).toHaveLength(2);
    expect(outsidersOfKind(lists[0]!, lists, shore)).toEqual([]);
  });
  it("asks each list once in a quiz, though it makes both a choice and a typed question on it", () => {
    const ferry = [
      "The Marl Ferry",
      "",
      "The Marl ferry crossed the river at Dunfold from 1810 until the bridge opened in 1871.",
      "Several reasons lay behind the building of the bridge, among them floods, debts and delays.",
      "The ferrymen met with many hardships, including ice, fog and thieves.",
      "Each crossing took about twenty minutes in calm weather.",
      "The ferry carried up to thirty passengers and two carts at a time.",
      "After the bridge opened, the last ferryman became the bridge's first toll keeper.",
    ].join("\n");
    const made: GeneratedQuestion[] = [];
    const quiz = generateQuestions(ferry, { count: 10, seed: 1, trace: (q) => q.keyKind === "category" && !made.includes(q) && made.push(q) }).questions;
    // Both kinds of question are made on the reasons (the hardships, whose members are its wrong options, are asked typed) …
    const types = (kind: string) => made.filter((q) => q.prompt.includes(kind)).map((q) => q.type).sort();
    expect(types("reasons")).toEqual(["FILL_BLANK", "MULTIPLE_CHOICE"]);
    expect(types("hardships")).toEqual(["FILL_BLANK"]);
    // … and the quiz holds at most one question on each list's sentence.
    const asked = quiz.filter((q) => q.keyKind === "category").map((q) => q.source.start);
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked).size).toBe(asked.length);
  });
  it("asks short members typed, accepting every member, in the present where the sentence is", () => {
    const sentences = sentencesOf("Ferry crews carry many goods, such as grain, salt and timber.");
    const typed = makeCategoryListQuestions(sentences, findCategoryLists(sentences), createRandom(1));
    expect(typed.map((q) => q.prompt)).toEqual(["What is one of the goods ferry crews carry? (Name one of the three the article gives.)"]);
    expect(typed[0]!.answerKey).toEqual({ kind: "text", accepted: ["grain", "salt", "timber"] });
    expect(typed[0]!.keyKind).toBe("category");
  });
});
