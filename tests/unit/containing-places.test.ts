import { describe, expect, it } from "vitest";
import { containingPlaces, containingPlacesFor } from "@/lib/generation/containing-places";

// Invented sentences: a district and the city (or country) the article says it lies in.
describe("containingPlaces", () => {
  it("reads ', in Y', ' in Y' and ', Y' after a place", () => {
    expect(containingPlaces("Carrow", "The old mill at Carrow, in Dunhaven, ground grain for the fleet.")).toEqual(["Dunhaven"]);
    expect(containingPlaces("Carrow", "The old mill at Carrow in Dunhaven ground grain.")).toEqual(["Dunhaven"]);
    expect(containingPlaces("Springfield", "The first mill stood in Springfield, France, by the river.")).toEqual(["France"]);
    expect(containingPlaces("Kestwick", "She studied in Kestwick in the United States for two years.")).toEqual(["United States"]);
  });

  it("refuses nearness, lists, times and someone's", () => {
    expect(containingPlaces("Carrow", "The old mill at Carrow, near Dunhaven, ground grain.")).toEqual([]);
    expect(containingPlaces("Springfield", "Mills stood in Springfield, France and Spain.")).toEqual([]);
    expect(containingPlaces("Springfield", "Mills stood in Lyon, Springfield, France.")).toEqual([]);
    expect(containingPlaces("Carrow", "The mill opened at Carrow in May and closed in Winterfall's reign.")).toEqual([]);
    expect(containingPlaces("Carrow", "The mill opened at Carrow in AD 640.")).toEqual([]);
    expect(containingPlaces("Carrow", "Trade at Carrow in Hale's day was slow.")).toEqual([]);
    // A bare comma after a place, then a person: no place the gazetteer knows.
    expect(containingPlaces("Carrow", "At Carrow, Tessa Brun built a mill.")).toEqual([]);
    // Another place whose name ends in the key's.
    expect(containingPlaces("Carrow", "The mill at New Carrow, in Dunhaven, was older.")).toEqual([]);
    // A country in a place is its doing there.
    expect(containingPlaces("France", "The role of France in Dunhaven grew.")).toEqual([]);
  });
});

describe("containingPlacesFor", () => {
  const article = "The first harbour lamp stood at Ebbmoor, in Dunhaven, and was lit in 1820.";
  it("adds the containing place unless the stem names it", () => {
    expect(containingPlacesFor("Ebbmoor", "A second lamp was later built at _____ to guide the fleet.", article)).toEqual(["Dunhaven"]);
    expect(containingPlacesFor("Ebbmoor", "The first harbour lamp stood at _____, in Dunhaven.", article)).toEqual([]);
  });
});
