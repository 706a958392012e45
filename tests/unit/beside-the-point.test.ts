import { describe, expect, it } from "vitest";
import { inAside } from "@/lib/generation/check-side-details";
import { exactDayOfANamedFight } from "@/lib/generation/check-minor-facts";
import { countOfListedItems, dateOfAnInstance, placeOfAStudyStep, spanOfAFirst, yearOfAStudyStep, yearOfAnHonour } from "@/lib/generation/check-beside-the-point";
import { statementFault } from "@/lib/generation/check-statement-faults";
import type { KeyKind } from "@/lib/generation/types";
import { heldChecks, keyAt as at, triviaChecksOn, type TriviaCheckOptions } from "../support/trivia-checks";
import { draftQuestion } from "../support/draft-question";

// Invented sentences about an invented canal, a weaver and a queen, written for these tests.
// This file's questions stand under the canal's title unless a test gives another.
const checksOn = (sentence: string, key: string, keyKind: KeyKind, options: TriviaCheckOptions & { title?: string } = {}) =>
  triviaChecksOn(options.title ?? "The Marrow Cut", sentence, key, keyKind, options);
const held = (sentence: string, key: string, keyKind: KeyKind, options: TriviaCheckOptions & { title?: string } = {}) =>
  heldChecks(options.title ?? "The Marrow Cut", sentence, key, keyKind, options);

describe("keys beside the point of their sentence", () => {
  it("holds a count of the items the next sentences go on to list, not a count that is the point", () => {
    const count = "This time the builders made three big changes.";
    const text = `The first dig failed. ${count} First, they drained the marsh. Second, they moved the locks.`;
    const sentence = count;
    expect(countOfListedItems(sentence, sentence.indexOf("three") + 5, " First, they drained the marsh.")).toBe(true);
    expect(held(count, "three", "number", { text })).toContain("count-of-listed-items");
    // No list follows: the count is what the sentence says.
    const alone = `The first dig failed. ${count} The town paid for all of them.`;
    expect(held(count, "three", "number", { text: alone })).not.toContain("count-of-listed-items");
    // A count with more said after it is no bare heading of a list.
    const toll = "The flood drowned three villages along the river in one night.";
    expect(held(toll, "three", "number", { text: `${toll} First, the dykes broke.` })).not.toContain("count-of-listed-items");
  });

  it("holds the year of a later honour joined to another point, not one the sentence opens on, nor under a title about it", () => {
    const joined = "The old lock was never filled in, since bargemen kept using it, and in 1988 the whole cut was named a World Heritage Site.";
    expect(yearOfAnHonour(...at(joined, "1988"), "The Marrow Cut")).toBe(true);
    expect(held(joined, "1988", "date")).toContain("year-of-an-honour");
    const named = "Her plans are still praised: a dredger built for the harbour board in 1961 was named after her, and a prize bears her name.";
    expect(yearOfAnHonour(...at(named, "1961"), "Ilse Varn")).toBe(true);
    const opens = "Today the Marrow Cut is a World Heritage Site, listed in 1988.";
    expect(yearOfAnHonour(...at(opens, "1988"), "The Marrow Cut")).toBe(false);
    expect(yearOfAnHonour(...at(joined, "1988"), "How the Marrow Cut Became a Heritage Site")).toBe(false);
    const dug = "The first lock leaked, and in 1788 the builders lined it with stone.";
    expect(yearOfAnHonour(...at(dug, "1788"), "The Marrow Cut")).toBe(false);
  });

  it("holds the place and the year of a step of schooling, not a record set by it", () => {
    const degree = "Ilse Varn took a weaving diploma in Dunmere in 1931 and a master's in dyeing from the College of Kell soon after.";
    expect(placeOfAStudyStep(degree, degree.indexOf("Dunmere"))).toBe(true);
    expect(placeOfAStudyStep(degree, degree.indexOf("College of Kell"))).toBe(true);
    expect(held(degree, "Dunmere", "name", { spanType: "CITY", title: "Ilse Varn" })).toContain("place-of-a-study-step");
    expect(yearOfAStudyStep(...at(degree, "1931"))).toBe(true);
    expect(held(degree, "1931", "date", { title: "Ilse Varn" })).toContain("year-of-a-study-step");
    const record = "Back home she studied dyes, and in 1940 she was the first woman in Marrow to earn a doctorate.";
    expect(yearOfAStudyStep(...at(record, "1940"))).toBe(false);
    const moved = "In 1931 Ilse Varn moved to Dunmere and opened a mill.";
    expect(placeOfAStudyStep(moved, moved.indexOf("Dunmere"))).toBe(false);
    // A place the title names is the article's own.
    expect(held(degree, "Dunmere", "name", { spanType: "CITY", title: "The Weavers of Dunmere" })).not.toContain("place-of-a-study-step");
  });

  it("drops the span of history a first is measured over", () => {
    const first = "Queen Ilse is the sole woman in over 900 years of Marrow history to rule alone.";
    expect(spanOfAFirst(...at(first, "900"))).toBe(true);
    expect(checksOn(first, "900", "number").some((p) => p.check === "span-of-a-first" && p.belowDropLine)).toBe(true);
    const reign = "Queen Ilse ruled for more than 40 years of peace.";
    expect(spanOfAFirst(...at(reign, "40"))).toBe(false);
  });

  it("drops a count of someone's children the sentence says something else of, and a false statement that swaps it", () => {
    const sons = "When the miller died in 1203, three of his daughters ran the mill in turn, though their uncle kept the books.";
    expect(checksOn(sons, "three", "number").some((p) => p.check === "family-count" && p.belowDropLine)).toBe(true);
    const swapped = sons.replace("three", "four");
    expect(checksOn(sons, "three", "statement", { type: "TRUE_FALSE", prompt: swapped, answerText: "False" }).map((p) => p.check)).toContain("family-count");
    const named = "After the flood of 1203, two of Ilse's daughters ran the mills.";
    expect(checksOn(named, "two", "number").map((p) => p.check)).toContain("family-count");
    const ships = "After the flood of 1203, two of her ships sailed south.";
    expect(checksOn(ships, "two", "number").map((p) => p.check)).not.toContain("family-count");
  });

  it("holds an end of a background programme's span told in a relative clause", () => {
    const programme = "In the 1880s, millers everywhere were preparing for the Great Survey, a count of every mill that ran from May 1887 to the end of 1888.";
    expect(held(programme, "May 1887", "date")).toContain("start-of-a-background-period");
    expect(held(programme, "1888", "date")).toContain("start-of-a-background-period");
    expect(held(programme, "May 1887", "date", { title: "The Great Survey of Mills" })).not.toContain("start-of-a-background-period");
  });

  it("refuses a statement cut to an opening phrase and the clause hung on it", () => {
    const sentence = "In 1230, when the queen was old and ill, the council made her give up the throne.";
    const q = draftQuestion({ type: "TRUE_FALSE", prompt: "In 1230, when Queen Ilse was old and ill.", answerText: "True", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } }, { keyKind: "statement" });
    expect(statementFault(q)).toBe("stem-fragment");
    const whole = draftQuestion({ type: "TRUE_FALSE", prompt: sentence, answerText: "True", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } }, { keyKind: "statement" });
    expect(statementFault(whole)).toBe(null);
  });

  it("reads a place inside a 'one of …' appositive as an aside", () => {
    const park = "In 1931 she led a march to save Kell Green, one of Dunmere's few open fields.";
    expect(inAside(park, park.indexOf("Dunmere"), park.indexOf("Dunmere") + 7, "Ilse Varn")).toBe(true);
    const plain = "In 1931 she led a march to save one of Dunmere's few open fields.";
    expect(inAside(plain, plain.indexOf("Dunmere"), plain.indexOf("Dunmere") + 7, "Ilse Varn")).toBe(false);
  });

  it("holds the year of one deed joined after a general statement in the present tense", () => {
    const rule = "The border bends round the marsh villages, and in 1931 the town of Kell moved it so that every farm lay on one side.";
    expect(dateOfAnInstance(rule, rule.indexOf("1931"))).toBe(true);
    expect(held(rule, "1931", "date")).toContain("date-of-an-instance");
    // Two deeds told in the past: the year is the second deed's own date.
    const deeds = "The builders dug the first lock by hand, and in 1790 they opened the cut to barges.";
    expect(dateOfAnInstance(deeds, deeds.indexOf("1790"))).toBe(false);
    expect(held(deeds, "1790", "date")).not.toContain("date-of-an-instance");
  });

  it("holds the year of one example joined after a trend over an unmeasured span, not a year after a measured one", () => {
    const trend = "Within a few years, barges were common on every river of the valley; in 1794, a barge from the cut carried the new bell to Kell.";
    expect(dateOfAnInstance(trend, trend.indexOf("1794"))).toBe(true);
    expect(held(trend, "1794", "date")).toContain("date-of-an-instance");
    const joined = "Within a few decades, barges carried coal, grain and wool down the cut, and in 1820 a barge first reached the sea.";
    expect(dateOfAnInstance(joined, joined.indexOf("1820"))).toBe(true);
    // A measured span ends in the year given: the year is the deed's own.
    const measured = "Over the next three years the diggers widened the cut, and by 1796 barges could pass each other.";
    expect(dateOfAnInstance(measured, measured.indexOf("1796"))).toBe(false);
    const plain = "Within six weeks, the builders had finished the lock; in 1791 they opened it.";
    expect(dateOfAnInstance(plain, plain.indexOf("1791"))).toBe(false);
  });

  it("keeps the year of an example after a trend when the example is the article's own event", () => {
    const rescue = "Within a few years, signal lamps were standard on large barges; in 1794, the lamp of the Orla brought two boats to the wreck, and 60 lives were saved.";
    const title = "The Wreck of the Orla";
    const dated = `${title}\nDate: 1794\n\nIn 1794 the barge Orla sank in a storm on the cut, and a signal lamp brought help.\n\n${rescue}`;
    expect(dateOfAnInstance(rescue, rescue.indexOf("1794"), () => [1794])).toBe(false);
    expect(held(rescue, "1794", "date", { title, text: dated })).not.toContain("date-of-an-instance");
    // On a page about another event the same example is one case of the trend, and its year waits.
    const other = `The Signal Lamp\nDate: 1781\n\nIn 1781 Ilse Varn lit the first signal lamp on the cut.\n\n${rescue}`;
    expect(held(rescue, "1794", "date", { title: "The Signal Lamp", text: other })).toContain("date-of-an-instance");
  });

  it("holds the exact day of a fight the sentence names in passing, unless the title names it", () => {
    const fight = "Orla took command, and the river fleet, short of powder, was beaten at the Battle of Kell Ford on 9 March 1702.";
    expect(exactDayOfANamedFight(fight, fight.indexOf("9 March"), "9 March 1702", "The Marrow Cut")).toBe(true);
    expect(held(fight, "9 March 1702", "date")).toContain("exact-day-of-a-named-fight");
    expect(exactDayOfANamedFight(fight, fight.indexOf("9 March"), "9 March 1702", "The Battle of Kell Ford")).toBe(false);
    // The year alone is the fact a reader keeps.
    const year = fight.replace("on 9 March 1702", "in 1702");
    expect(held(year, "1702", "date")).not.toContain("exact-day-of-a-named-fight");
  });
});
