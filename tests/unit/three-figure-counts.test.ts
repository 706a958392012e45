import { describe, expect, it } from "vitest";
import { yearsIn } from "../support/year-spans";

const years = yearsIn;

// Invented sentences of a harbour town. A figure of three digits after "from", "by", "in" or "c." is a count, an amount or
// a measure as often as a year; these were read as years and asked with "(a year)" as the hint and years as options.
describe("three-figure counts after a word that may lead a year", () => {
  it("are no years after a change of amount", () => {
    expect(years("By 1850 the town had about 400 houses, down from 650.")).toEqual(["1850"]);
    expect(years("Its population grew to 900, up from 600.")).toEqual([]);
  });

  it("are no years after a passive's 'by'", () => {
    expect(years("Outnumbered by 900, the town guard held the gate for two days.")).toEqual([]);
    expect(years("The fishing fleet was reinforced by 300 the following spring.")).toEqual([]);
  });

  it("are no years at the head of a list of figures closed by what they measure", () => {
    expect(years("Runners from Pellory competed in 100, 200 and 400 metre races.")).toEqual([]);
  });

  it("are no years after a 'c.' that dates nothing made or done", () => {
    expect(years("The town hall seats c. 300.")).toEqual([]);
  });

  it("leave the years such words lead", () => {
    expect(years("Raids on the coast came in 793, 794 and 795.")).toEqual(["793"]);
    expect(years("Raids came in 793, 794 and 795 the monks fled inland.")).toEqual(["793"]);
    expect(years("The first map of the coast was drawn c. 850.")).toEqual(["850"]);
    expect(years("Then by 700, the port had doubled in size.")).toEqual(["700"]);
    expect(years("Trade ran from 700, when the port opened, until the great flood.")).toEqual(["700"]);
  });
});
