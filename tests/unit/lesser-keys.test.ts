import { describe, expect, it } from "vitest";
import { checkNotes } from "@/lib/generation/check-questions";
import { endOfAnExampleSweep, endOfARoute, figureOfAnExample } from "@/lib/generation/check-lesser-keys";
import { BLANK } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { applyChecksAtLevel } from "../support/apply-checks";
import { keyAt as at } from "../support/key-span";

describe("keys a teacher asks only when nothing more central is left", () => {
  it("reads either named end of a route, not a place the route is only said to reach", () => {
    const route = "A barge trip from Orrinford to Kell Harbour took half as long once the cut was dug.";
    expect(endOfARoute(route, ...at(route, "Orrinford"))).toBe(true);
    expect(endOfARoute(route, ...at(route, "Kell Harbour"))).toBe(true);
    const stretch = "Towns from the Vell Coast to Marrow cheered the news.";
    expect(endOfARoute(stretch, ...at(stretch, "Vell Coast"))).toBe(true);
    const reached = "The barges reached Kell Harbour from the north in 1788.";
    expect(endOfARoute(reached, ...at(reached, "Kell Harbour"))).toBe(false);
    const source = "The grain came from Orrinford, the largest of the mill towns.";
    expect(endOfARoute(source, ...at(source, "Orrinford"))).toBe(false);
  });

  it("reads either end of a sweep over a class as no key at all, and a route's end as no sweep", () => {
    const sweep = "Today the reel is danced in almost every village, from Tarsby to Kell Harbour, and at most weddings.";
    expect(endOfAnExampleSweep(sweep, ...at(sweep, "Tarsby"))).toBe(true);
    expect(endOfAnExampleSweep(sweep, ...at(sweep, "Kell Harbour"))).toBe(true);
    const everything = "The guild's almanac was read everywhere from Marrow to Vell Harbour.";
    expect(endOfAnExampleSweep(everything, ...at(everything, "Marrow"))).toBe(true);
    for (const [route, key] of [
      ["A barge trip from Orrinford to Kell Harbour took half as long once the cut was dug.", "Orrinford"],
      ["Towns from the Vell Coast to Marrow cheered the news.", "Vell Coast"],
      ["The signal was sent across the bay, from Orrinford to Kell Harbour.", "Orrinford"],
    ] as const) {
      expect(endOfAnExampleSweep(route, ...at(route, key)), route).toBe(false);
    }
  });

  it("reads a route after a part of one thing or a clause as a route, not a sweep over a class", () => {
    for (const [route, key] of [
      ["Most of the line ran from Dunmore to Kellhaven, along the old drovers' road.", "Dunmore"],
      ["Trains ran all the way from Dunmore to Sallow Harbour by the spring.", "Sallow Harbour"],
      ["Many settlers sailed from Orrinford to Kell Harbour in open boats.", "Orrinford"],
      ["Each summer the ferry ran from Orrinford to Kell Harbour twice a day.", "Kell Harbour"],
    ] as const) {
      expect(endOfAnExampleSweep(route, ...at(route, key)), route).toBe(false);
      expect(endOfARoute(route, ...at(route, key)), route).toBe(true);
    }
    const river = "The boats stopped at every town on the river, from Tarsby to Kell Harbour.";
    expect(endOfAnExampleSweep(river, ...at(river, "Tarsby"))).toBe(true);
    const part = "The barges took most of the cut, from Tarsby to Kell Harbour, in a day.";
    expect(endOfAnExampleSweep(part, ...at(part, "Tarsby"))).toBe(false);
    const kinds = "The fair sold many kinds of cheese, from Tarsby Blue to Kell Gold.";
    expect(endOfAnExampleSweep(kinds, ...at(kinds, "Tarsby Blue"))).toBe(true);
    expect(endOfAnExampleSweep(kinds, ...at(kinds, "Kell Gold"))).toBe(true);
  });

  it("reads goods carried from one place to another as a route, not a sweep over the goods", () => {
    const goods = "The carts brought many kinds of cloth from Tarsby to Vell Harbour.";
    expect(endOfAnExampleSweep(goods, ...at(goods, "Tarsby"))).toBe(false);
    expect(endOfAnExampleSweep(goods, ...at(goods, "Vell Harbour"))).toBe(false);
    expect(endOfARoute(goods, ...at(goods, "Tarsby"))).toBe(true);
  });

  it("reads a figure that only illustrates or counts the kinds, not the figure a sentence is about", () => {
    for (const [sentence, key] of [
      ["A typical hand lamp burns 4 hours on one filling.", "4"],
      ["If the wick is raised to 6 millimetres, the flame doubles.", "6"],
      ["The Tarn weir, for instance, has sunk 3 metres over the last 900 years.", "900"],
      ["Looms can be threaded in two different ways.", "two"],
      ["The spot where two ditches join is known as a sluice.", "two"],
    ] as const) {
      expect(figureOfAnExample(sentence, ...at(sentence, key)), sentence).toBe(true);
    }
    for (const [sentence, key] of [
      ["The weir rose 3 metres in the flood of 1788, cutting the town off for a week.", "3"],
      ["The guild had 40 members by the time the hall was built.", "40"],
    ] as const) {
      expect(figureOfAnExample(sentence, ...at(sentence, key)), sentence).toBe(false);
    }
  });
});

// Our own article: a route's end is a side detail beside the canal's point.
const TEXT = `The Marrow Cut Opens

The Marrow Cut opened in 1788 and joined the river Tarn to the sea. A barge trip from Orrinford to Kell Harbour took half as long once the cut was dug. Merchants paid a toll at each of the locks, and the tolls paid for the cut within ten years.
`;
const article = parseArticle(TEXT);

/** A typed question on sentence `i` of the article, its key `key`. */
function typed(i: number, key: string, score: number): GeneratedQuestion {
  const s = article.sentences[i]!;
  const k = s.text.indexOf(key);
  return {
    type: "FILL_BLANK",
    prompt: s.text.slice(0, k) + BLANK + s.text.slice(k + key.length),
    options: [],
    answerKey: { kind: "text", accepted: [key] },
    answerText: key,
    source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start + k, end: s.start + k + key.length } },
    spanType: "TERM",
    keyKind: "term",
    score,
    confidence: 0.7,
  };
}

describe("selection takes a lesser key last", () => {
  const route = () => ({ ...typed(1, "Orrinford", 0.9), spanType: "CITY" as const, keyKind: "name" as const });
  const fair = () => [typed(0, "sea", 0.5), typed(2, "toll", 0.4)];

  it("gives its slot to a sure question of a main idea when the quiz is full", () => {
    const lesser = route();
    const others = fair();
    applyChecksAtLevel([lesser, ...others], article, TEXT);
    expect(checkNotes(lesser)).toContain("end-of-a-route");
    // (The checks leave its odds and its rank as they were: only the order of selection changes.)
    expect(lesser.confidence).toBeGreaterThanOrEqual(0.6);
    const quiz = selectQuestions([lesser, ...others], 2, ["FILL_BLANK"], createRandom(1));
    expect(quiz).toEqual(expect.arrayContaining(others));
    expect(quiz).not.toContain(lesser);
  });

  it("still fills a quiz that has room for it", () => {
    const lesser = route();
    const others = fair();
    applyChecksAtLevel([lesser, ...others], article, TEXT);
    expect(selectQuestions([lesser, ...others], 3, ["FILL_BLANK"], createRandom(1))).toContain(lesser);
  });
});

// A longer invented article: six sure questions besides the route's end.
const LONG = `The Marrow Cut Opens

The Marrow Cut opened in 1788 and joined the river Tarn to the sea. A barge trip from Orrinford to Kell Harbour took half as long once the cut was dug. Merchants paid a toll at each of the locks on the new waterway. The keepers lived in brick cottages beside the gates. Horses pulled the barges along a towpath of packed gravel. Coal from the upland pits became cheaper in every market town. Floods in the spring often filled the lowest basin with silt.
`;
const long = parseArticle(LONG);

describe("a lesser key fills only a short quiz", () => {
  const ask = (i: number, key: string, score: number): GeneratedQuestion => {
    const s = long.sentences[i]!;
    const k = s.text.indexOf(key);
    return { ...typed(0, "sea", score), prompt: s.text.slice(0, k) + BLANK + s.text.slice(k + key.length), answerKey: { kind: "text", accepted: [key] }, answerText: key, source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start + k, end: s.start + k + key.length } } };
  };
  const route = () => ({ ...ask(1, "Orrinford", 0.9), spanType: "CITY" as const, keyKind: "name" as const });
  const fair = () => [ask(0, "sea", 0.5), ask(2, "toll", 0.5), ask(3, "cottages", 0.5), ask(4, "towpath", 0.5), ask(5, "Coal", 0.5), ask(6, "silt", 0.5)];

  it("leaves it out of a quiz that sure questions of main ideas fill to six, though more were asked for", () => {
    const lesser = route();
    const others = fair();
    applyChecksAtLevel([lesser, ...others], long, LONG);
    expect(checkNotes(lesser)).toContain("end-of-a-route");
    const quiz = selectQuestions([lesser, ...others], 10, ["FILL_BLANK"], createRandom(1));
    expect(quiz).toHaveLength(6);
    expect(quiz).not.toContain(lesser);
  });

  it("takes it into a quiz that would otherwise stop short of six", () => {
    const lesser = route();
    const others = fair().slice(0, 4);
    applyChecksAtLevel([lesser, ...others], long, LONG);
    expect(selectQuestions([lesser, ...others], 10, ["FILL_BLANK"], createRandom(1))).toContain(lesser);
  });
});
