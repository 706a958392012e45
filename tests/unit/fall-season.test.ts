import { describe, expect, it } from "vitest";
import { keyYearScreen, sameYearDates } from "@/lib/generation/distractors";

// Invented: a wagon party whose autumn the article dates the American way.
const wagons =
  "The Kesh Wagon Party\n\nThe party left the river town in May 1846. In the fall of 1846 the wagons were caught by snow in the high pass, " +
  "and the last families came down the far side in February 1847.";
const SEPTEMBER = 8;

describe("'fall' as the American autumn", () => {
  it("dates the autumn months of the year, so no made-up option of that year falls in them", () => {
    expect(keyYearScreen({ text: "May 1846" }, wagons)!.wide(SEPTEMBER)).toBe(true);
    expect(sameYearDates({ type: "MONTH_YEAR", text: "May 1846", start: 0, end: 8 }, wagons)).not.toContain("August 1846");
    for (const said of ["In the fall, the wagons", "That fall, the wagons", "That fall they"]) {
      expect(keyYearScreen({ text: "May 1846" }, wagons.replace("In the fall of 1846 the wagons", said))!.wide(SEPTEMBER)).toBe(true);
    }
  });

  it("reads no season from a downfall or from the verb", () => {
    for (const said of ["After the fall of Kesh the wagons", "In the fall of the old fort the wagons", "Rocks that fall from the cliff hit the wagons"]) {
      const text = wagons.replace("In the fall of 1846 the wagons", said);
      expect(keyYearScreen({ text: "May 1846" }, text)!.wide(SEPTEMBER)).toBe(false);
    }
  });
});
