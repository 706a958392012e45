import { describe, expect, it } from "vitest";
import { yearsIn } from "../support/year-spans";

const years = yearsIn;

describe("years of three figures with no era (stories)", () => {
  it("are years where a date phrase leads to them and the figure ends its phrase", () => {
    expect(years("Born in 731, the princess grew up at the river court.")).toEqual(["731"]);
    expect(years("When the old khan died in 812, his sons divided the land.")).toEqual(["812"]);
    expect(years("In 845 Tamsin herself became queen.")).toEqual(["845"]);
    expect(years("From around 770, the monks copied the law books.")).toEqual(["770"]);
  });

  it("are never counts", () => {
    expect(years("The fleet sailed in 300 ships to the southern coast.")).toEqual([]);
    expect(years("Around 300 young clerks were chosen for the school that year.")).toEqual([]);
    expect(years("The motion passed by 120 votes to 95.")).toEqual([]);
    expect(years("The wall was about 400 metres long.")).toEqual([]);
  });
});
