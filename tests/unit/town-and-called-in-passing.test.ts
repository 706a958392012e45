import { describe, expect, it } from "vitest";
import { calledInPassing } from "@/lib/generation/called-in-passing";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findNamedEntities } from "@/lib/generation/named-entities";
import { parseArticle } from "@/lib/generation/parse-article";
import { retypeTownsBeforeRegions } from "@/lib/generation/town-before-region";
import type { Span } from "@/lib/generation/types";

// (The NLP reads "Sally Harrow" as a woman's name, as it reads many towns' names.)
// An "on this day" article of our own: the summary opens with the town the title event happened near, and the story names
// a device "called" something in the middle of a longer sentence.
const ARTICLE = `The First Crossing of the Vell Strait

Date: 3 June 1911

Near Sally Harrow, North Dakota, the engineer Ada Korrin and her brother drove the first steam ferry across the strait. The crossing took forty minutes and carried twelve passengers.

Key facts
Location: Sally Harrow, North Dakota
Vessel: the Heron

What Happened?
The Korrins had run a mill for many years, and its profits paid for their boat. Earlier ferries had sunk in the strong currents, so they fitted a device called a keel plate, which steadied the hull in rough water. In 1909 they tested a smaller boat on the lake behind the mill. On the day of the crossing, a crowd of farmers watched from the far bank.
`;

describe("a town named with its region after a place word", () => {
  it("retypes a guessed person before ', <place>' after near/in/at as a place, and nothing else", () => {
    const text = "Near Kitt Harrow, Ohio, they flew. A letter came from Jane Dow, Ohio's mayor. They met Tom Reed, Ohio and Utah's judge.";
    const span = (type: Span["type"], name: string, from = 0): Span => ({ type, text: name, start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length, guessed: true });
    const spans = [span("PERSON", "Kitt Harrow"), span("PLACE", "Ohio"), span("PERSON", "Jane Dow"), span("PERSON", "Tom Reed")];
    // (From Jane Dow, "Ohio's": the region is someone's. Tom Reed is after no place word.)
    expect(retypeTownsBeforeRegions(text, spans).map((s) => s.type)).toEqual(["PLACE", "PLACE", "PERSON", "PERSON"]);
  });

  it("keeps a name that opens a paragraph after a capitalised place word (not read as part of a longer name)", () => {
    const text = "The Crossing\n\nNear Sally Harrow, North Dakota, the engineer Ada Korrin drove a ferry across the strait.";
    const a = parseArticle(text);
    const named = findNamedEntities(text, a.sentences);
    expect(named.find((s) => s.text === "Sally Harrow")?.type).toBe("PLACE");
  });

  it("asks where the title event happened from the summary's opening place", () => {
    const { questions } = generateQuestions(ARTICLE, { count: 8, seed: 1 });
    expect(questions.some((q) => q.answerText === "Sally Harrow")).toBe(true);
  });
});

describe("a thing named with 'called' in the middle of a longer sentence, with what it does", () => {
  it("asks 'What was the <kind> called that <deed>?'", () => {
    const text = "Earlier ferries had sunk in the strong currents, so they fitted a device called a keel plate, which steadied the hull in rough water.";
    expect(calledInPassing(text)).toMatchObject({ term: "a keel plate", question: "What was the device called that steadied the hull in rough water?" });
    expect(calledInPassing("The town built a pump known as a water ram, which lifts water from the river.")?.question).toBe("What is the pump called that lifts water from the river?");
  });

  it("never for a deed that points outside, an empty kind, or no deed", () => {
    expect(calledInPassing("So they fitted a device called a keel plate, which they had seen in Norland.")).toBeNull();
    expect(calledInPassing("They hired a man called Ottar Lind, who steadied the hull in rough water.")).toBeNull();
    // (A capitalised name is one the article introduces, asked by its own typed question.)
    expect(calledInPassing("They kept a cat named Tib, which caught the rats in the hold.")).toBeNull();
    expect(calledInPassing("So they fitted a device called a keel plate to the hull.")).toBeNull();
  });

  it("is a definition of the article, asked standing alone", () => {
    const defs = findDefinitions(parseArticle(ARTICLE).sentences);
    expect(defs).toContainEqual(expect.objectContaining({ term: "keel plate", question: "What was the device called that steadied the hull in rough water?", standsAlone: true }));
  });
});
