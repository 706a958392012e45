import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findSettingNames, makeSettingCheck } from "@/lib/generation/find-setting";
import { gateFailure } from "@/lib/generation/gates";
import { makeOppositeStatement } from "@/lib/generation/make-statements";
import { parseArticle } from "@/lib/generation/parse-article";
import { cutFigurePointer } from "@/lib/generation/question-stems";
import type { GeneratedQuestion, Span } from "@/lib/generation/types";
import { falseVersionsIn } from "../support/false-versions";
import { sentencesOf } from "../support/sentences";

/** Every candidate the generator made, with what became of it. */
function candidates(text: string): { q: GeneratedQuestion; verdict: string }[] {
  const seen: { q: GeneratedQuestion; verdict: string }[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => seen.push({ q, verdict }) });
  return seen;
}

/** A place span at the first place the name stands in the text (the setting rule reads only a span's name and type). */
const placeSpan = (text: string, name: string, type: Span["type"]): Span => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, type });

const blanks = (seen: { q: GeneratedQuestion; verdict: string }[]) => seen.filter(({ q }) => q.type === "MULTIPLE_CHOICE" || q.type === "FILL_BLANK");

// An invented story set in one country from its first line to its last, with a fort (a site, not a land) named as often.
const ferryStrike = `The Hollin Ferry Strike

In 1931 the ferry crews of western Norway stopped work for eleven weeks to demand safer boats, and their strike closed the harbour at Fort Brakke.

Key facts

- Eleven weeks without ferries
- Crews asked for lifeboats on every deck

How it began

The crews had long complained that the Norwegian ferries carried too few lifeboats. When a ferry sank near Fort Brakke in the spring of 1931, the crews walked off the boats and held their meetings inside Fort Brakke.

How it ended

The shipping company held out for two months, but merchants across Norway lost money while the harbour at Fort Brakke stayed closed. In the end the company agreed to put a lifeboat on every deck, and the crews went back to work.

Why it matters

The strike showed that ferry crews in Norway could win by acting together. In 1933 Norway passed a law that put a lifeboat on every ferry deck.
`;


/** The false statements made by swapping `swapped` (the one name in a one-sentence article) for one of `others`. */
function nameSwaps(article: string, statement: string, swapped: Span, others: Span[]): string[] {
  return falseVersionsIn(article, statement, { sentences: sentencesOf(statement), spans: [swapped], allSpans: [swapped, ...others], indexed: [], how: "name" });
}

describe("the land an article is set in is not a key", () => {
  it("asks no blank where the country named from the first sentence to the last is the place of events, and says why", () => {
    const seen = candidates(ferryStrike);
    const keyedNorway = blanks(seen).filter(({ q }) => q.keyKind === "name" && q.answerText === "Norway");
    const asPlace = keyedNorway.filter(({ q }) => /\b(?:in|across|of|western) _____/.test(q.prompt));
    expect(asPlace.length).toBeGreaterThan(0);
    expect(asPlace.every(({ verdict }) => verdict === "setting-keyed")).toBe(true);
  });

  it("still asks for the land as the one who acted ('_____ passed a law'), and the question passes the checks", () => {
    const seen = candidates(ferryStrike);
    const asActor = blanks(seen).filter(({ q }) => q.answerText === "Norway" && /_____ passed a law/.test(q.prompt));
    expect(asActor.length).toBeGreaterThan(0);
    expect(asActor.some(({ verdict }) => ["selected", "not-selected", "low-confidence"].includes(verdict))).toBe(true);
  });

  it("still asks about a site the article keeps naming in a place slot (it has no people's word)", () => {
    const article = parseArticle(ferryStrike);
    const spans = [placeSpan(ferryStrike, "Norway", "COUNTRY"), placeSpan(ferryStrike, "Fort Brakke", "PLACE")];
    expect([...findSettingNames(article, spans)]).toEqual(["norway"]);
    const seen = candidates(ferryStrike);
    const inSlot = blanks(seen).filter(({ q }) => q.answerText === "Fort Brakke" && /\binside _____/.test(q.prompt));
    expect(inSlot.length).toBeGreaterThan(0);
    expect(inSlot.every(({ verdict }) => verdict !== "setting-keyed")).toBe(true);
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
      expect(verdict).not.toMatch(/in-article/);
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
  const swaps = (places: string[]) => nameSwaps(article, statement, span("Corran Sea"), places.map(span));

  it("puts another sea where a sea was", () => {
    expect(swaps(["Velland", "Ostry Sea"])).toEqual(["Fishing boats cross the Ostry Sea every spring."]);
  });

  it("makes no name swap when the article has no other place of that kind", () => {
    expect(swaps(["Velland"])).toEqual([]);
  });
});

describe("which place is an article's setting", () => {
  it("does not take a site whose name ends in -i for its own people's word", () => {
    // Invented: a fort held through a siege, named in the opening and in every paragraph, with no word for its people.
    const text = `The Siege of Fort Tolli

In 1702 a small garrison held Fort Tolli for a whole winter.

The army camped in the valley below Fort Tolli and cut the road.

Food ran short inside Fort Tolli by February, and the men ate their horses.

In April the army gave up the siege of Fort Tolli and marched south.
`;
    expect(findSettingNames(parseArticle(text), [placeSpan(text, "Fort Tolli", "PLACE")]).size).toBe(0);
  });

  it("takes a region named by its people's word all through the article", () => {
    // Invented: a region and its people, as in an article on a land that is no country.
    const text = `Songs of the Velmar Valley

Farmers in Velmaria sing old songs at every harvest.

Velmarian children learn the songs from their grandparents.

Each village in Velmaria keeps its own tune.

Velmarian singers travel to the spring fair every year.
`;
    expect([...findSettingNames(parseArticle(text), [placeSpan(text, "Velmaria", "PLACE")])]).toEqual(["velmaria"]);
  });

  it("does not count a people's word that is part of another name ('the Morvian Sea')", () => {
    // Invented: traders crossing a sea named after a land; the land itself is named in the opening and once more.
    const text = `Monsoon Traders

Each spring traders from Ostra sailed across the Morvian Sea to Morvia.

The winds on the Morvian Sea turn with the seasons.

On the way home they carried pepper from Morvia and salt from the islands.

Storms on the Morvian Sea sank many ships.
`;
    const spans = [placeSpan(text, "Morvia", "COUNTRY"), placeSpan(text, "Ostra", "COUNTRY")];
    expect(findSettingNames(parseArticle(text), spans).has("morvia")).toBe(false);
    // The same word before a common noun is the land's people, and counts.
    const peopled = text.replaceAll("the Morvian Sea", "Morvian waters");
    expect(findSettingNames(parseArticle(peopled), spans).has("morvia")).toBe(true);
  });

  it("gives a people's word to the longer place name it grows from ('Olanian' is Olania's, not Olan's)", () => {
    const text = `Harvest Songs of Olania

The farmers of Olania sing as they work, and their songs have reached Olan across the river.

Olanian songs tell of rain and seed.

Every Olanian village has a singer.

Olanian singers meet each autumn.
`;
    const settings = findSettingNames(parseArticle(text), [placeSpan(text, "Olan", "COUNTRY"), placeSpan(text, "Olania", "COUNTRY")]);
    expect([...settings]).toEqual(["olania"]);
  });

  it("takes a land the opening names only by a people's word spelt apart from it ('Danish' for Denmark)", () => {
    const text = `Danish Ferry Crews

The crews who sail the short ferries between the islands once worked sixteen hours a day.

In 1931 the crews of Denmark asked for shorter shifts.

The ferry owners of Denmark said no, and the crews stopped work.

After a month Denmark passed a law that capped shifts at ten hours.
`;
    expect([...findSettingNames(parseArticle(text), [placeSpan(text, "Denmark", "COUNTRY")])]).toEqual(["denmark"]);
  });

  it("reads a name written with 'the' as the name", () => {
    const text = `Tulips of the Lowlands

The Lowlands grow more tulips than anywhere else.

Farmers across the Lowlands plant bulbs in autumn.

The Lowlands ship the flowers by train.

Visitors come to the Lowlands each April.
`;
    expect([...findSettingNames(parseArticle(text), [placeSpan(text, "the Lowlands", "COUNTRY")])]).toEqual(["lowlands"]);
  });
});

describe("which blank keyed with the setting asks for it as the place of events", () => {
  const isSetting = makeSettingCheck(new Set(["norway", "lowlands"]));
  const keyed = (prompt: string, answerText = "Norway") => isSetting({ prompt, answerText } as GeneratedQuestion);

  it("drops the land after a preposition of place, as an owner, and as the answer to 'Where'", () => {
    expect(keyed("The first paper lanterns were made in _____.")).toBe(true);
    expect(keyed("After the strike the crews returned to _____ by sea.")).toBe(true);
    expect(keyed("The boats sailed along _____ every summer.")).toBe(true);
    expect(keyed("_____'s fishing trade grew after the war.")).toBe(true);
    expect(keyed("Where did the old guild build a lantern hall?")).toBe(true);
    expect(keyed("Tulips were grown across _____.", "the Lowlands")).toBe(true);
  });

  it("keeps the land as the one who acts or is acted on", () => {
    expect(keyed("_____ passed a law on ferry lifeboats.")).toBe(false);
    expect(keyed("After a ferry sank in 1931, the government of _____ passed a law on lifeboats.")).toBe(false);
    expect(keyed("The invasion of _____ in 1940 ended the harbour checks.")).toBe(false);
    expect(keyed("The fleet's victory over _____ ended the war.")).toBe(false);
    expect(keyed("The treaty laid heavy reparations on _____.")).toBe(false);
  });

  it("keeps another key in the same slot", () => {
    expect(keyed("The first paper lanterns were made in _____.", "Denmark")).toBe(false);
    expect(keyed("Where did the old guild build a lantern hall?", "Denmark")).toBe(false);
  });
});

describe("a closing figure pointer is cut only where the claim stands without the figure", () => {
  it("keeps the pointer where the rest talks of the figure's parts", () => {
    for (const text of ["Rents are higher in the shaded area, as this graph shows.", "Costs climb steeply beyond it, as the chart shows.", "The curve bends sharply at the top, as shown in the diagram below."]) {
      expect(cutFigurePointer(text)).toBe(text);
    }
    // A sentence that says what is plotted names its own line.
    expect(cutFigurePointer("If you plot rent against distance, the line drops, as this graph shows.")).toBe("If you plot rent against distance, the line drops.");
    // A pointer with no determiner is not one the cut knows, and stays.
    expect(cutFigurePointer("Costs rise each winter, as shown in Figure 2.")).toBe("Costs rise each winter, as shown in Figure 2.");
  });

  it("makes no statement about the figure's parts", () => {
    const text = "Prices in the City\n\nPrices stay higher in the shaded area, as this graph shows. Families move out when prices climb.";
    const sentence = parseArticle(text).sentences[0]!;
    expect(makeOppositeStatement(sentence, text, true)).toBeNull();
    expect(makeOppositeStatement(sentence, text, false)).toBeNull();
  });

  it("lets a true statement cut from its pointer through the gate, and stops the same words keyed False", () => {
    const sentence = parseArticle(pondLayers).sentences.find((s) => /line goes downward/.test(s.text))!;
    const q = makeOppositeStatement(sentence, pondLayers, false)!;
    expect(q.answerText).toBe("True");
    expect(q.prompt).toBe(cutFigurePointer(sentence.text));
    expect(gateFailure(q, pondLayers)).toBeNull();
    const keyedFalse: GeneratedQuestion = { ...q, answerText: "False", answerKey: { kind: "choice", optionId: "false" } };
    expect(gateFailure(keyedFalse, pondLayers)).toBe("false-statement-in-article");
  });
});

describe("a false statement swaps a person for another person", () => {
  // Invented: a person whose surname is also a kind of place ("Lake") is still a person to swap.
  const article = "The charter was written by Ada Lake in Lisbon. Piet Vorn signed it the next spring.";
  const statement = "The charter was written by Ada Lake in Lisbon.";
  const person = (text: string): Span => ({ text, start: article.indexOf(text), end: article.indexOf(text) + text.length, type: "PERSON" });

  it("puts the other person in", () => {
    expect(nameSwaps(article, statement, person("Ada Lake"), [person("Piet Vorn")])).toEqual(["The charter was written by Piet Vorn in Lisbon."]);
  });
});
