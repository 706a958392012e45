import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion, Span } from "@/lib/generation/types";

const span = (text: string, type: Span["type"] = "PERSON"): Span => ({ type, text, start: 0, end: text.length });

// Invented: a laird and his wife, who shares his name.
const MILL = `A Mill by the River

Harrow owned the mill at Quell and ran it for thirty years. Lady Harrow kept its accounts and paid the millers each week. In 1740 Harrow sold the mill to a merchant from Brisk.`;

// Invented: a lord whose family is named in the plural.
const FEUD = `A Quarrel over a Meadow

The Fennicks and the Oros quarrelled over a river meadow for fifty years. Ansel, the son of Lord Fennick, refused to fight. The feud ended when the meadow flooded.`;

describe("a titled name and its bare name", () => {
  it("refuses the bare name where the article gives it to someone else (the wife's title, the husband's name)", () => {
    expect(acceptedAliases(span("Lady Harrow"), MILL)).toEqual(["Lady Harrow"]);
  });

  it("accepts the bare name where it names no one else (a family's plural is no person)", () => {
    expect(acceptedAliases(span("Lord Fennick"), FEUD)).toContain("Fennick");
  });

  it("accepts it for a titled name read as a place, with the same guard", () => {
    expect(acceptedAliases(span("Lord Fennick", "PLACE"), FEUD)).toContain("Fennick");
    const withWife = FEUD.replace("refused to fight", "and Lady Fennick refused to fight");
    expect(acceptedAliases(span("Lord Fennick", "PLACE"), withWife)).not.toContain("Fennick");
  });

  it("keeps a ruler's own name, which the article uses alone for the same person", () => {
    const text = "King Osmer\nKing Osmer ruled the valley of Tarn. Osmer built a bridge at Ley in 880.";
    expect(acceptedAliases(span("King Osmer"), text)).toContain("Osmer");
  });
});

describe("a surname with its particle", () => {
  it("accepts the surname as English writes it, with its particle", () => {
    expect(acceptedAliases(span("Aurelien de Vasse"), "Aurelien de Vasse held the fort. De Vasse surrendered.")).toContain("de Vasse");
    expect(acceptedAliases(span("Pieter van der Moor"), "Pieter van der Moor drew maps.")).toContain("van der Moor");
  });

  it("adds nothing to a name without a particle", () => {
    expect(acceptedAliases(span("Aurelien Vasse"), "Aurelien Vasse held the fort.")).toEqual(["Aurelien Vasse", "Vasse"]);
  });
});

describe("a first name introduced beside a sibling's", () => {
  const KILNS = "The Brack Kilns\nTam and Ivo Brack built the first kiln at Ords in 1801. Tam fired the pots, and Ivo sold them.";

  it("accepts the first name with the surname the two share", () => {
    expect(acceptedAliases(span("Tam"), KILNS)).toContain("Tam Brack");
  });

  it("does not when another full name opens with the first name", () => {
    const text = KILNS.replace("Ivo sold them", "Tam Ruddle sold them");
    expect(acceptedAliases(span("Tam"), text)).not.toContain("Tam Brack");
  });
});

describe("a ruler's name without its number", () => {
  it("is accepted where the article itself writes it so", () => {
    const text = "Osric II\nOsric II took the city in 1203. Osric then rebuilt its walls.";
    expect(acceptedAliases(span("Osric II"), text)).toContain("Osric");
  });

  it("is refused where another ruler bears the name", () => {
    const text = "Osric II\nOsric II took the city in 1203, which Osric I had lost. Osric then rebuilt its walls.";
    expect(acceptedAliases(span("Osric II"), text)).not.toContain("Osric");
    expect(acceptedAliases(span("Osric II"), "Osric II took the city in 1203.")).not.toContain("Osric");
  });
});

describe("a century and its era", () => {
  it("keeps the era of a century BC where nothing prints it", () => {
    const accepted = acceptedAliases(span("3rd century BC", "CENTURY"));
    expect(accepted).toContain("the 3rd century BC");
    expect(accepted).not.toContain("3rd century");
    expect(accepted).not.toContain("3rd");
  });

  it("accepts a century AD without its era, the default", () => {
    expect(acceptedAliases(span("2nd century AD", "CENTURY"))).toEqual(expect.arrayContaining(["2nd century", "2nd"]));
  });

  it("hints a century BC with its era and then accepts it typed without", () => {
    const text = "The Salt Roads\nThe first salt roads were cut across the marshes of Vell from about the 3rd century BC, when the coastal towns traded with the hill tribes. The roads were paved much later.";
    const typed: GeneratedQuestion[] = [];
    generateQuestions(text, { count: 10, trace: (q) => q.type === "FILL_BLANK" && q.answerText === "3rd century BC" && typed.push(q) });
    const hinted = typed.find((q) => q.prompt.endsWith("(a century BC, such as 9th century BC)"));
    expect(hinted).toBeDefined();
    expect(hinted!.answerKey).toMatchObject({ accepted: expect.arrayContaining(["3rd century BC", "3rd century"]) });
  });
});

describe("typed definitions", () => {
  const questionsOf = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => d.question ?? "");

  it("asks a plural people's other name with a plural verb", () => {
    const text = "The Marsh Folk\nNorthern Fenlanders, sometimes called the Reedmen, cut peat for a living.";
    expect(questionsOf(text)).toContain("What are Northern Fenlanders also called?");
  });

  it("keeps the singular verb for a single thing", () => {
    const text = "The Marsh Folk\nThe Long Dyke, sometimes called the Spine, drains the marsh.";
    expect(questionsOf(text)).toContain("What is the Long Dyke also called?");
  });

  it("asks the description without a second clause that follows it", () => {
    const text = "The Loom\nThe warp is the set of threads held tight on the frame, and the weft is the thread woven across it.";
    expect(questionsOf(text)).toContain("What is the set of threads held tight on the frame?");
  });

  it("asks who a named person is, not what", () => {
    const text = "The Ferry\nOdile is a quiet girl of nine who rows the ferry across the lake each morning.";
    expect(questionsOf(text)).toContain("Who is a quiet girl of nine who rows the ferry across the lake each morning?");
  });

  it("finds no term in a praised role ('X's best-known work is …')", () => {
    const text = "The Clockmaker\nBrannock's best-known work is a tower clock, finished in Ellsworth around 1702.";
    expect(findDefinitions(parseArticle(text).sentences)).toEqual([]);
  });

  it("finds no term in a subject that only counts along a list ('The first is …')", () => {
    const text = "The Mill Wheel\nA mill wheel has two main parts. The first is a rim of oak paddles that the water pushes round.";
    expect(findDefinitions(parseArticle(text).sentences)).toEqual([]);
  });
});
