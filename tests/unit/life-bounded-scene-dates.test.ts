import { describe, expect, it } from "vitest";
import { ruledOutByLife } from "@/lib/generation/fair-life-dates";

// Invented: judges failed a meet's date offered beside the runner's own birth and death dates. A phrase of place after
// the date ("at a meet in Dunmore, Kent,") still leaves the runner the subject of the deed.
const ARTICLE =
  "Ada Brede\n\nAda Brede was a Welsh runner. Ada Brede was born on 4 March 1921 in Pellow. " +
  "On 2 June 1946, at a meet in Dunmore, Kent, Ada Brede broke two records within an hour. " +
  "Ada Brede won a relay in 1948. Ada Brede died on 9 May 1990 in Pellow.";
const STEM = "On _____, at a meet in Dunmore, Kent, Ada Brede broke two records within an hour.";

describe("a deed dated before a phrase of place gets date options inside the person's life", () => {
  it("rules out the birth and the death", () => {
    expect(ruledOutByLife("2 June 1946", "4 March 1921", STEM, ARTICLE)).toBe(true);
    expect(ruledOutByLife("2 June 1946", "9 May 1990", STEM, ARTICLE)).toBe(true);
    expect(ruledOutByLife("2 June 1946", "5 July 1948", STEM, ARTICLE)).toBe(false);
  });

  it("leaves a scene whose name after a comma is not the doer", () => {
    const other = "On _____, at a meet in Dunmore, Kent, the crowd cheered for Ada Brede.";
    expect(ruledOutByLife("2 June 1946", "9 May 1990", other, ARTICLE)).toBe(false);
  });
});
