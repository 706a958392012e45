import { describe, expect, it } from "vitest";
import { indexArticleTexts } from "@/lib/generation/distractors";
import { falseVersions } from "@/lib/generation/falsify-statement";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { cutFigurePointer } from "@/lib/generation/question-stems";
import type { GeneratedQuestion, Sentence, Span } from "@/lib/generation/types";

/** Every candidate the generator made, with what became of it. */
function candidates(text: string): { q: GeneratedQuestion; verdict: string }[] {
  const seen: { q: GeneratedQuestion; verdict: string }[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => seen.push({ q, verdict }) });
  return seen;
}

const blanks = (seen: { q: GeneratedQuestion; verdict: string }[]) => seen.filter(({ q }) => q.type === "MULTIPLE_CHOICE" || q.type === "FILL_BLANK");

// An invented story set in one country from its first line to its last, with a fort (a site, not a land) named as often.
const ferryStrike = `The Hollin Ferry Strike

In 1931 the ferry crews of western Norway stopped work for eleven weeks to demand safer boats, and their strike closed the harbour at Fort Brakke.

Key facts

- Eleven weeks without ferries
- Crews asked for lifeboats on every deck

How it began

The crews had long complained that the Norwegian ferries carried too few lifeboats. When a ferry sank near Fort Brakke in the spring of 1931, the crews walked off the boats and gathered inside the fort's walls.

How it ended

The shipping company held out for two months, but merchants across Norway lost money while the harbour at Fort Brakke stayed closed. In the end the company agreed to put a lifeboat on every deck, and the crews went back to work.

Why it matters

The strike showed that ferry crews in Norway could win by acting together. Two years later Norway passed a law that made lifeboats a rule on every passenger boat.
`;

describe("the land an article is set in is not a key", () => {
  it("asks no blank where the country named from the first sentence to the last is the place of events, and says why", () => {
    const seen = candidates(ferryStrike);
    const keyedNorway = blanks(seen).filter(({ q }) => q.keyKind === "name" && q.answerText === "Norway");
    const asPlace = keyedNorway.filter(({ q }) => /\b(?:in|across|of|western) _____/.test(q.prompt));
    expect(asPlace.length).toBeGreaterThan(0);
    expect(asPlace.every(({ verdict }) => verdict === "setting-keyed")).toBe(true);
  });

  it("still asks for the land as the one who acted ('_____ passed a law')", () => {
    const seen = candidates(ferryStrike);
    const asActor = blanks(seen).filter(({ q }) => q.answerText === "Norway" && /_____ passed a law/.test(q.prompt));
    expect(asActor.length).toBeGreaterThan(0);
    expect(asActor.some(({ verdict }) => verdict !== "setting-keyed")).toBe(true);
  });

  it("still asks about a site the article keeps naming (it has no people's word)", () => {
    const seen = candidates(ferryStrike);
    expect(blanks(seen).some(({ q, verdict }) => q.answerText === "Fort Brakke" && verdict !== "setting-keyed")).toBe(true);
  });

  it("still asks for a country named in the opening and only once more", () => {
    const passing = `The Hollin Ferry Strike

In 1931 the ferry crews of Hollin, a small island off Norway, stopped work for eleven weeks to demand safer boats.

How it began

The crews had long complained that their ferries carried too few lifeboats. The lifeboats they wanted were built in Norway, far to the north. When a ferry sank in the spring of 1931, the crews walked off the boats.

How it ended

In the end the company agreed to put a lifeboat on every deck, and the crews went back to work.
`;
    const seen = candidates(passing);
    expect(seen.some(({ verdict }) => verdict === "setting-keyed")).toBe(false);
  });
});

// An invented explanation whose rule ends with a pointer to a chart the quiz does not show.
const pondLayers = `Why Deep Ponds Stay Cool

A pond in summer is not the same temperature all the way down. The sun warms the top of the water, while the water near the bottom stays cool.

The warm top layer

If you plot the temperature of the water against its depth, the line goes downward, as this chart shows. Warm water is lighter than cool water, so it floats on top.

The cool bottom layer

Near the bottom the water stays cool all summer. Fish that need cool water swim down there on hot days.
`;

describe("a rule whose only flaw is a closing pointer to a figure", () => {
  it("cuts the pointer and keeps the claim", () => {
    expect(cutFigurePointer("Costs rise each winter, as this chart shows.")).toBe("Costs rise each winter.");
    expect(cutFigurePointer("The path climbs twice, as shown in the map below.")).toBe("The path climbs twice.");
    expect(cutFigurePointer("Costs rise each winter (see figure 2).")).toBe("Costs rise each winter.");
    // A claim that is about the figure itself keeps its words (and still dangles).
    expect(cutFigurePointer("This chart shows that costs rise.")).toBe("This chart shows that costs rise.");
    expect(cutFigurePointer("As the chart shows, costs rise.")).toBe("As the chart shows, costs rise.");
  });

  it("is asked as a statement without the pointer, true or turned round", () => {
    const statements = candidates(pondLayers).filter(({ q, verdict }) => q.type === "TRUE_FALSE" && /line goes (?:up|down)ward/.test(q.prompt) && verdict !== "stem-dangles");
    expect(statements.length).toBeGreaterThan(0);
    for (const { q, verdict } of statements) {
      expect(q.prompt).not.toMatch(/chart/);
      expect(verdict).not.toMatch(/not-in-article|in-article/);
      expect(q.answerText).toBe(/downward/.test(q.prompt) ? "True" : "False");
    }
  });
});

describe("a false statement swaps a place for another of its kind", () => {
  // Invented: two seas and a land the article also names. Boats crossing the land is no same-kind claim (and the article may
  // say something like it of that land elsewhere); crossing the other sea is a plain false statement.
  const article = "Fishing boats cross the Corran Sea every spring. The Ostry Sea is shallow. Velland has many hot springs.";
  const statement = "Fishing boats cross the Corran Sea every spring.";
  const span = (text: string): Span => ({ text, start: article.indexOf(text), end: article.indexOf(text) + text.length, type: "PLACE" });
  const swaps = (places: string[]) => {
    const s: Sentence = { text: statement, start: 0, end: statement.length, section: 1, inSummary: false };
    return falseVersions({
      statement,
      sentence: s,
      sentenceIndex: 0,
      sentences: [s],
      spans: [span("Corran Sea")],
      allSpans: [span("Corran Sea"), ...places.map(span)],
      lists: [],
      nameSiblings: new Map(),
      ordinalSeries: new Map(),
      articleText: article,
      ctx: { articleTexts: indexArticleTexts([]), year: null, articleText: article },
      random: () => 0,
    })
      .filter((f) => f.how === "name")
      .map((f) => f.text);
  };

  it("puts another sea where a sea was", () => {
    expect(swaps(["Velland", "Ostry Sea"])).toEqual(["Fishing boats cross the Ostry Sea every spring."]);
  });

  it("makes no name swap when the article has no other place of that kind", () => {
    expect(swaps(["Velland"])).toEqual([]);
  });
});
