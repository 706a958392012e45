import { describe, expect, it } from "vitest";
import { besideThePointPenalties, deathYearBesideAnEvent, gapBetweenSteps, nameOfAPassingKinsman, onlyTheMonth, regionOfAFame, tailOfANumberedName, yearOfASaying, yearsInARole } from "@/lib/generation/check-beside-the-point";
import { BLANK } from "@/lib/generation/blank";
import type { KeyKind } from "@/lib/generation/types";
import { heldChecks, keyAt as at, type TriviaCheckOptions } from "../support/trivia-checks";
import { draftQuestion, lettered } from "../support/draft-question";

// Invented sentences about an invented clockmaker, a harbour clerk and an orator, written for these tests.
const held = (sentence: string, key: string, keyKind: KeyKind, options: TriviaCheckOptions = {}) => heldChecks("Odo Brant, Clockmaker", sentence, key, keyKind, options);

describe("keys beside the point: spans between steps, years in a post, a saying's year, a kinsman's name", () => {
  it("holds the gap in years between two steps of a career, also as a false statement made by changing it", () => {
    const s = "By 1702 Brant was mending clocks in Kell, and four years later Brant took over the guild house at Sorrow Bay.";
    expect(gapBetweenSteps(...at(s, "four"))).toBe(true);
    // Stressed as short, the gap is the sentence's point.
    const quick = "The guild broke up in 1730 and the shop closed only four years later.";
    expect(gapBetweenSteps(...at(quick, "four"))).toBe(false);
    expect(held(s, "four", "number")).toContain("gap-between-steps");
    const statement = s.replace("four", "six");
    expect(held(s, "four", "number", { type: "TRUE_FALSE", prompt: statement, answerText: "False" })).toContain("gap-between-steps");
    // A count that is no gap between steps is not read as one.
    const made = "He built four clocks for the town hall.";
    expect(gapBetweenSteps(...at(made, "four"))).toBe(false);
  });

  it("holds how many years a post was held, not a span that is not a post", () => {
    const s = "For eleven years she had worked as clerk of the harbour board, a body that set the tolls.";
    expect(yearsInARole(...at(s, "eleven"))).toBe(true);
    expect(held(s, "eleven", "number")).toContain("years-in-a-role");
    const served = "He served as judge of the market court for nine years.";
    expect(yearsInARole(...at(served, "nine"))).toBe(true);
    // The length of a war or a drought is what the sentence tells.
    const war = "The war between the two towns lasted for nine years.";
    expect(yearsInARole(...at(war, "nine"))).toBe(false);
    expect(held(war, "nine", "number")).not.toContain("years-in-a-role");
  });

  it("holds the year of a quoted saying, not a year with no saying after it", () => {
    const s = 'Lenno is best known for words he spoke in 1841: "A town that keeps its clocks keeps its promises."';
    expect(yearOfASaying(...at(s, "1841"))).toBe(true);
    expect(held(s, "1841", "date")).toContain("year-of-a-saying");
    const plain = "Lenno spoke in 1841 before the assembly and won the vote.";
    expect(yearOfASaying(...at(plain, "1841"))).toBe(false);
  });

  it("holds the name of a kinsman the article names once, not one who comes back in the story", () => {
    const s = "His father, Tobin, was a carter who hoped his son would farm.";
    const once = `Odo Brant was born in Kell. ${s} Odo left home at twelve.`;
    expect(nameOfAPassingKinsman(...at(s, "Tobin"), once)).toBe(true);
    expect(held(s, "Tobin", "name", { text: once, spanType: "PERSON" })).toContain("name-of-a-passing-kinsman");
    const again = `${once} Years later Tobin sold the cart to pay for the workshop.`;
    expect(nameOfAPassingKinsman(...at(s, "Tobin"), again)).toBe(false);
    expect(held(s, "Tobin", "name", { text: again, spanType: "PERSON" })).not.toContain("name-of-a-passing-kinsman");
  });
});

describe("the tail of a numbered name", () => {
  it("drops a blank on the word after a name's number, not a name after a year or a count", () => {
    const s = "Every carriage of the 4 Line had its own motors, so the trains sped up smoothly.";
    expect(tailOfANumberedName(s, s.indexOf("Line"))).toBe(true);
    expect(held(s, "Line", "name", { spanType: "ORG" })).toContain("tail-of-a-numbered-name");
    const year = "In 1712 Brant opened a shop in Kell.";
    expect(tailOfANumberedName(year, year.indexOf("Brant"))).toBe(false);
    const count = "The guild sent 12 Kell clockmakers to the fair.";
    expect(tailOfANumberedName(count, count.indexOf("Kell"))).toBe(false);
  });
});

describe("the reach of a fame and a death beside the event", () => {
  it("holds the region a fame or a ranking reaches, not a place where something was done", () => {
    const s = "His almanac sold out in a month and made him famous across Ostmark.";
    expect(regionOfAFame(...at(s, "Ostmark"))).toBe(true);
    expect(held(s, "Ostmark", "name", { spanType: "PLACE" })).toContain("region-of-a-fame");
    const ranked = "Its towers remain as one of Ostmark's great sights.";
    expect(regionOfAFame(...at(ranked, "Ostmark"))).toBe(true);
    const done = "He sold his almanac across Ostmark from a cart.";
    expect(regionOfAFame(...at(done, "Ostmark"))).toBe(false);
  });

  it("holds the year someone died in an article dated to an event of another year, not in a life's story", () => {
    const s = "She later moved to the coast and died in 1990, aged 88.";
    const event = `The Clock Strike at Kell\nDate: 4 June 1931\nOn 4 June 1931 the clock makers of Kell stopped work. ${s}`;
    expect(deathYearBesideAnEvent(...at(s, "1990"), event)).toBe(true);
    expect(held(s, "1990", "date", { text: event })).toContain("death-year-beside-an-event");
    const life = `Ada Quell\nAda Quell made clocks in Kell for fifty years. ${s}`;
    expect(deathYearBesideAnEvent(...at(s, "1990"), life)).toBe(false);
    // Died on the day the article is dated to: the death is the event.
    const died = "The old mayor was struck by a cart and died on 4 June 1931.";
    expect(deathYearBesideAnEvent(...at(died, "4 June 1931"), `The Kell Accident\nDate: 4 June 1931\n${died}`)).toBe(false);
  });
});

describe("a month within one year", () => {
  const prompt = `Brant described his new escapement in a pamphlet printed in ${BLANK}.`;
  const ask = (options: string[]) =>
    draftQuestion({ prompt, answerText: "April 1712", options: lettered(...options) }, { keyKind: "date" });
  it("holds a month and year whose options all share the year, not options that differ in year, nor the article's own date", () => {
    expect(onlyTheMonth(ask(["January 1712", "April 1712", "June 1712", "May 1712"]), "Brant was born in 1690.")).toBe(true);
    expect(onlyTheMonth(ask(["January 1709", "April 1712", "June 1715", "May 1718"]), "Brant was born in 1690.")).toBe(false);
    const q = ask(["January 1712", "April 1712", "June 1712", "May 1712"]);
    const sentence = q.source.sentence;
    const at = { sentence, start: sentence.indexOf("April"), end: sentence.indexOf("April") + 10 };
    expect(besideThePointPenalties(q, "Brant was born in 1690.", "Odo Brant", at).map((p) => p.check)).toContain("only-the-month");
    // Typed, the year is asked too.
    const typed = draftQuestion({ type: "FILL_BLANK", prompt, answerText: "April 1712" }, { keyKind: "date" });
    expect(onlyTheMonth(typed, "In 1712 Brant moved to Kell. By the end of 1712 he had six pupils.")).toBe(false);
    expect(onlyTheMonth(ask(["January 1712", "April 1712", "June 1712", "May 1712"]), "The Escapement of Kell\nDate: April 1712\nBrant printed it.")).toBe(false);
  });
});
