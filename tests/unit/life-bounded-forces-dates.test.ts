import { describe, expect, it } from "vitest";
import { livesOf, ruledOutByLife } from "@/lib/generation/fair-life-dates";

// Invented: a steppe ruler whose name ends in the title he ruled by, and whose armies did his deeds.
const ARTICLE =
  "Tamar Khan\n\nTamar Khan was born around 1310 on the plains east of the Sarn river, under the boyhood name Orlek. " +
  "In 1341 Tamar Khan united the river clans. Tamar Khan's armies crossed the Sarn and took the city of Vell in 1352. " +
  "Tamar Khan died in 1366. His grandson ruled the city of Vell in 1401.";
const STEM = "Tamar Khan's armies crossed the Sarn and took the city of Vell in _____.";

describe("a deed of a person's armies gets year options inside the person's adult life", () => {
  it("reads a name that ends in a ruler's title as a life", () => {
    expect(livesOf(ARTICLE)[0]).toMatchObject({ name: "Tamar Khan", birth: 1310, death: 1366 });
  });

  it("rules out the birth year and a year after the death for what the armies did", () => {
    expect(ruledOutByLife("1352", "1310", STEM, ARTICLE)).toBe(true);
    expect(ruledOutByLife("1352", "1401", STEM, ARTICLE)).toBe(true);
    expect(ruledOutByLife("1352", "1341", STEM, ARTICLE)).toBe(false);
  });

  it("leaves a possession that may outlive its owner alone", () => {
    const workshop = "Tamar Khan's workshop made saddles for the river clans in _____.";
    expect(ruledOutByLife("1352", "1401", workshop, ARTICLE)).toBe(false);
  });
});
