import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { pickDistractors, indexArticleTexts } from "@/lib/generation/distractors";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findLists } from "@/lib/generation/find-lists";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions, passesGates, REVIEW_THRESHOLD } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { dangles } from "@/lib/generation/question-stems";
import { cognateIn } from "@/lib/generation/make-term-questions";
import type { GeneratedQuestion, Span } from "@/lib/generation/types";

const volcanoes = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/volcanoes.txt"), "utf8");

/** Every question over a few seeds, so a kind the selection skips under one seed still shows. */
function allQuestions(text: string, seeds = [1, 2, 3, 7]): GeneratedQuestion[] {
  return seeds.flatMap((seed) => generateQuestions(text, { count: 12, seed }).questions);
}

const sentencesOf = (text: string) => parseArticle(text).sentences;

describe("definitions and named terms", () => {
  it("finds the term an article names or defines, with a real question where the shape is sure", () => {
    const found = findDefinitions(sentencesOf("Rocks\nMagma that reaches the surface is called lava. Scientists often call the top of the volcano the summit. A caldera is a wide hollow left after a volcano collapses."));
    expect(found.map((d) => [d.term, d.question])).toEqual([
      ["lava", "What is magma that reaches the surface called?"],
      ["summit", "What do scientists often call the top of the volcano?"],
      ["caldera", "What is a wide hollow left after a volcano collapses?"],
    ]);
  });

  it("keeps the sentence before when the naming sentence points back, and never asks with an unresolved pronoun", () => {
    const [def] = findDefinitions(sentencesOf("Ridges\nLong chains of peaks rise from the sea floor. Such chains are called ridges."));
    expect(def).toMatchObject({ term: "ridges", question: "What are such chains called?", needsContext: true, plural: true });
    const [withPronoun] = findDefinitions(sentencesOf("Trade\nA market's price is the amount of it that buyers pay."));
    expect(withPronoun?.question).toBeNull();
  });

  it("asks for a defined term with the article's other terms as options, or as a typed answer", () => {
    const qs = allQuestions(volcanoes).filter((q) => q.keyKind === "definition");
    // Asked for by its definition, a term has the article's other terms as options (whichever form selection picks).
    const byTerm = qs.filter((q) => q.type === "MULTIPLE_CHOICE" && q.answerText.split(/\s+/).length <= 3);
    expect(byTerm.length).toBeGreaterThan(0);
    // "lava" has two fair options left once the title's topic is kept out of them: it is asked typed.
    expect(qs.find((q) => q.answerText === "lava")?.type).toBe("FILL_BLANK");
    for (const q of byTerm) for (const o of q.options) expect(volcanoes.toLowerCase()).toContain(o.text.toLowerCase());
    // "volcano" is the title's own topic ("How Volcanoes Work" is on screen): asked of itself, it would be given away.
    expect(qs.find((q) => q.answerText === "volcano")).toBeUndefined();
    for (const q of qs) expect(q.prompt.toLowerCase()).not.toContain(q.answerText.toLowerCase());
  });
});

describe("the article's own lists", () => {
  it("reads a list of short noun phrases and leaves clauses and actions alone", () => {
    const lists = findLists(sentencesOf("Shapes\nGeologists sort volcanoes into three main shapes: the shield volcano, the cinder cone and the stratovolcano. Hikers walk, climb and rest on the slopes every summer."));
    expect(lists.map((l) => l.items.map((i) => i.text))).toEqual([["shield volcano", "cinder cone", "stratovolcano"]]);
  });

  it("asks which member fits a sentence elsewhere, with its fellow members as the only options", () => {
    const shapes = ["cinder cone", "shield volcano", "stratovolcano"];
    const asked = allQuestions(volcanoes).filter((x) => shapes.includes(x.answerText) && x.type === "MULTIPLE_CHOICE");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options.map((o) => o.text).sort()).toEqual(shapes);
    const prompts = asked.map((q) => q.prompt);
    expect(prompts.some((p) => p === "Which of these has gentle slopes built from runny lava that spreads far before it cools?" || p === "What is a tall cone made of layers of ash and hardened lava?")).toBe(true);
  });
});

describe("one listed term, several facts", () => {
  // Our own article: three zones named in a list, each then described in its own sentences.
  const pond = `Life in a Pond

A pond has three zones: the shore, the open water and the bottom. Frogs lay their eggs among the reeds on the shore. Dragonflies hunt insects above the open water. Snails and worms feed on dead leaves at the bottom. Herons wade along the shore to catch fish. Sunlight warms the open water more than any other zone.`;

  it("asks for a member as a typed term too, so questions on one list need not share a set of options", () => {
    const qs = [1, 2, 3, 4].flatMap((seed) => generateQuestions(pond, { count: 8, seed }).questions);
    const typed = qs.filter((q) => q.type === "FILL_BLANK" && q.keyKind === "term");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(q.answerKey.kind === "text" && q.answerKey.accepted).toContain(q.answerText);
      expect(["shore", "open water", "bottom"]).toContain(q.answerText);
    }
  });

  it("lets one term answer two different facts, never two questions on one sentence", () => {
    // Which quiz a seed gives depends on every candidate's rank: the reuse shows in some seed's quiz, the limits in all.
    let reused = false;
    for (const seed of [1, 2, 3]) {
      const quiz = generateQuestions(pond, { count: 8, seed }).questions;
      const byKey = new Map<string, number[]>();
      // (A typed question on the whole list, "What is one of the zones …?", shows its first member as its key.)
      for (const q of quiz.filter((x) => (x.keyKind === "term" || x.keyKind === "category") && x.type !== "TRUE_FALSE")) byKey.set(q.answerText, [...(byKey.get(q.answerText) ?? []), q.source.start]);
      for (const starts of byKey.values()) {
        expect(starts.length).toBeLessThanOrEqual(2);
        expect(new Set(starts).size).toBe(starts.length);
      }
      reused ||= [...byKey.values()].some((starts) => starts.length === 2);
    }
    expect(reused).toBe(true);
  });
});

describe("steps of a process", () => {
  it("orders marked steps in the article's own order", () => {
    const q = allQuestions(volcanoes).find((x) => x.keyKind === "step");
    expect(q?.type).toBe("ORDERING");
    const key = q!.answerKey;
    if (key.kind !== "order") throw new Error("not an ordering key");
    expect(key.itemIds.map((id) => q!.options.find((o) => o.id === id)!.text)).toEqual([
      "Gas bubbles form in the rising magma",
      "The magma pushes up through cracks in the rock above the chamber",
      "Lava pours out of the vent and runs down the slopes",
    ]);
  });

  it("orders a route the article traces from where it begins to where it ends", () => {
    const text = "Rivers\nThe river begins at a spring in the hills and ends at the sea. On its way it flows through the gorge, the marsh and the delta. Boats carry grain along the river to the towns on its banks.";
    const q = allQuestions(text).find((x) => x.type === "ORDERING");
    expect(q?.answerText).toMatch(/^(spring|gorge) → .*delta|gorge → marsh → delta/);
  });
});

describe("numbers, dates and real questions", () => {
  it("finds numbers in words and with units, but not a value beside its conversion or inside a range", () => {
    expect(findSpans("Geologists sort volcanoes into three main shapes.").map((s) => [s.type, s.text])).toEqual([["NUMBER", "three"]]);
    expect(findSpans("The cone rose 300 metres and held 40 caves.").map((s) => s.text)).toEqual(["300", "40"]);
    const numbers = allQuestions(volcanoes).filter((q) => q.keyKind === "number").map((q) => q.answerText);
    expect(numbers).not.toContain("3");
    expect(numbers).not.toContain("5");
  });

  it("turns a plain dated clause into a question, active or passive", () => {
    // Made as candidates; whether a quiz takes them is selection's call (a side-event date waits below the review line).
    const prompts: string[] = [];
    generateQuestions(volcanoes, { count: 12, seed: 1, trace: (q) => prompts.push(q.prompt) });
    expect(prompts).toContain("In what year did Krakatoa erupt with enormous force?");
    expect(prompts).toContain("In what year was the observatory on the slopes of Vesuvius built?");
  });

  it("keeps year distractors on the key's side of every year the stem states", () => {
    const key: Span = { type: "YEAR", text: "1662", start: 0, end: 4 };
    const ctx = { articleTexts: indexArticleTexts([]), year: 1662, articleText: "" };
    for (let seed = 0; seed < 10; seed++) {
      const options = pickDistractors(key, "The siege lasted from 1661 to _____.", ctx, 3, () => seed / 10);
      expect(options).toHaveLength(3);
      for (const o of options) expect(Number(o)).toBeGreaterThan(1661);
    }
  });

  it("makes full-date options where no part of the key is the commonest", () => {
    const key: Span = { type: "FULL_DATE", text: "12 March 1850", start: 0, end: 13 };
    const ctx = { articleTexts: indexArticleTexts([]), year: 1850, articleText: "" };
    const options = [key.text, ...pickDistractors(key, "The bridge opened on _____.", ctx, 3, () => 0.3)];
    const parts = options.map((o) => o.split(" "));
    for (let i = 0; i < 3; i++) expect(parts.filter((p) => p[i] === parts[0]![i]).length).toBeLessThanOrEqual(2);
  });

  it("turns a statement of direction round only where it is about a measure", () => {
    const tf = allQuestions(volcanoes, [1, 2, 3, 4, 5, 6, 7, 8]).filter((q) => q.type === "TRUE_FALSE" && q.source.sentence.startsWith("When pressure"));
    for (const q of tf) expect(q.answerKey).toEqual({ kind: "choice", optionId: q.prompt.includes("rises") ? "true" : "false" });
    const none = generateQuestions("Empire\nIn the end the old city fell into ruin and was left by its people for many long years.", { seed: 2 });
    expect(none.questions.filter((q) => q.type === "TRUE_FALSE" && q.prompt.includes("rose"))).toEqual([]);
  });
});

describe("people known by one name", () => {
  const story =
    "The Saga of Ulfrun\n\nUlfrun is a tale from the northern isles about a hall under siege. A raider named Skarn attacks the hall of Jarl Orvik every winter. Orvik asks the young smith Tove for help. Tove forges a spear from a fallen star. Skarn fights Tove on the frozen lake and loses the spear fight. Orvik gives Tove a silver ring and a seat at his table.";
  it("finds a name used twice that acts as a person, and asks 'Who …?' with the story's other people as options", () => {
    const who = allQuestions(story).filter((q) => q.prompt.startsWith("Who "));
    expect(new Set(who.map((q) => q.answerText))).toEqual(new Set(["Orvik", "Skarn"]));
    expect(who.map((q) => q.prompt)).toContain("Who fights Tove on the frozen lake and loses the spear fight?");
    for (const q of who) expect(q.options.filter((o) => /Orvik/.test(o.text)).length).toBeLessThanOrEqual(1);
  });

  it("never takes a word inside a longer name for a person", () => {
    const text = "Harbours\n\nShips from St. Kilda reached the port each spring. The people of St. Kilda traded wool for grain and salt every year.";
    expect(allQuestions(text).map((q) => q.answerText)).not.toContain("Kilda");
  });
});

describe("stems that stand alone", () => {
  it("spots a pronoun with nothing before it to point to", () => {
    expect(dangles("Inside it, the cogs turn the hands of the clock.")).toBe(true);
    expect(dangles("The march began in 1812, when he crossed the frozen river.")).toBe(true);
    expect(dangles("Sliding two cards together shows how this works.")).toBe(true);
    expect(dangles("General Ney began the march in 1812, when he crossed the frozen river.")).toBe(false);
    expect(dangles("The shell is the snail's hard cover, its shield against birds.")).toBe(false);
  });

  it("never ships a statement or a stem that leans on an unresolved pronoun", () => {
    const text = "The Clock Tower\n\nThe clock tower was finished in 1859 after six years of work. Inside it, the cogs turn the four hands of the great clock every minute. The bell rang for the first time in 1859, when he pulled the rope.";
    for (const q of allQuestions(text)) expect(dangles(q.prompt)).toBe(false);
  });
});

describe("typed answers", () => {
  const span = (type: Span["type"], text: string): Span => ({ type, text, start: 0, end: text.length });
  it("accepts the natural forms of a name", () => {
    expect(acceptedAliases(span("PERSON", "King Canute"))).toEqual(expect.arrayContaining(["King Canute", "Canute"]));
    expect(acceptedAliases(span("PERSON", "Ada Lovelace"))).toEqual(expect.arrayContaining(["Ada Lovelace", "Lovelace"]));
    expect(acceptedAliases(span("PLACE", "Mount Etna"))).toEqual(expect.arrayContaining(["Mount Etna", "Mt. Etna", "Etna"]));
    expect(acceptedAliases(span("COUNTRY", "United Kingdom"))).toEqual(expect.arrayContaining(["UK", "Britain"]));
    expect(acceptedAliases(span("COUNTRY", "UK"))).toContain("United Kingdom");
  });

  it("accepts another name the article gives the same person, and never offers it as a wrong option", () => {
    const text = "Explorer\nThe navigator Ibn Tariq, also known as Abu Salim, crossed the desert in 1325.";
    expect(acceptedAliases(span("PERSON", "Ibn Tariq"), text)).toContain("Abu Salim");
    const key: Span = { type: "PERSON", text: "Ibn Tariq", start: 0, end: 9 };
    const ctx = { articleTexts: indexArticleTexts([key, { ...key, text: "Abu Salim" }]), year: 1325, articleText: text };
    expect(pickDistractors(key, "The navigator _____ crossed the desert.", ctx, 3)).not.toContain("Abu Salim");
  });
});

describe("confidence and key kinds", () => {
  it("gives every question a calibrated confidence and a kind of key, and notes the ones to check", () => {
    const result = generateQuestions(volcanoes, { count: 10, seed: 1 });
    expect(REVIEW_THRESHOLD).toBeGreaterThan(0);
    expect(REVIEW_THRESHOLD).toBeLessThan(1);
    for (const q of result.questions) {
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      expect(["name", "date", "number", "term", "definition", "step", "event", "cause", "category", "purpose", "role", "function", "direction", "comparison", "example", "statement"]).toContain(q.keyKind);
      expect(passesGates(q, volcanoes)).toBe(true);
    }
    const unsure = result.questions.filter((q) => q.confidence < REVIEW_THRESHOLD).length;
    if (unsure) expect(result.notes.join(" ")).toMatch(/look/);
  });
});

describe("a list stated just before the question", () => {
  it("shows the list's sentence without its members and offers them as the options", () => {
    const text = `Clouds\n\nWeather watchers sort clouds by height and shape. There are three main kinds of cloud: cirrus, cumulus and stratus. Of these, the cumulus kind looks like heaps of cotton wool on a summer day. Rain often falls from low grey sheets of cloud in winter.`;
    const qs = [1, 2, 3, 4].flatMap((seed) => generateQuestions(text, { count: 6, seed }).questions);
    const q = qs.find((x) => x.answerText === "cumulus" && x.type === "MULTIPLE_CHOICE");
    expect(q?.prompt).toBe("There are three main kinds of cloud. Of these, the _____ kind looks like heaps of cotton wool on a summer day.");
    expect(q?.options.map((o) => o.text).sort()).toEqual(["cirrus", "cumulus", "stratus"]);
  });

  it("drops a list question whose stem holds a word built on the key", () => {
    expect(cognateIn("its mark was swollen nodes (buboes)", "bubonic")).toBe(true);
    expect(cognateIn("the forest floor is dark", "form")).toBe(false);
  });
});
