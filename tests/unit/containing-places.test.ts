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

describe("containment said in a clause, and blanks that are no place's slot", () => {
  it("reads 'which lay in Y' and 'in the north of Y'", () => {
    expect(containingPlaces("Carrow", "She fled to Carrow, which lay in Dunhaven, a free province.")).toEqual(["Dunhaven"]);
    expect(containingPlaces("Carrow", "The mill stood at Carrow in the north of Dunhaven.")).toEqual(["Dunhaven"]);
  });
  it("accepts the containing place only where the blank says where", () => {
    const article = "The council of Carrow, in Dunhaven, voted to leave the league.";
    expect(containingPlacesFor("Carrow", "The council of _____ voted to leave the league.", article)).toEqual([]);
    expect(containingPlacesFor("Carrow", "_____ voted to leave the league.", article)).toEqual([]);
    expect(containingPlacesFor("Carrow", "Ships were built at _____ every spring.", article)).toEqual(["Dunhaven"]);
    // A move may stay inside the containing place: "went back to Dunhaven" would not fit.
    expect(containingPlacesFor("Carrow", "She went back to _____ to help her family.", article)).toEqual([]);
    expect(containingPlacesFor("Carrow", "A town one day's ride east of _____ kept the old law.", article)).toEqual(["Dunhaven"]);
    expect(containingPlacesFor("Carrow", "Where was the council's hall built?", article)).toEqual(["Dunhaven"]);
    expect(containingPlacesFor("Carrow", "Where did the council's envoys go?", article)).toEqual([]);
    expect(containingPlacesFor("Carrow", "Where were the council's prisoners sent?", article)).toEqual([]);
  });
});

describe("a US state asked where", () => {
  const article = "Lena Marsh won a college place in the United States. In 1961 she took a law degree in Ohio.";
  it("also accepts the country the article names", () => {
    expect(containingPlacesFor("Ohio", "In 1961 she took a law degree in _____.", article)).toEqual(expect.arrayContaining(["United States", "USA"]));
  });
  it("not where the stem names the country, the article does not, or the blank is no place's slot", () => {
    expect(containingPlacesFor("Ohio", "In the United States she took a law degree in _____.", article)).toEqual([]);
    expect(containingPlacesFor("Ohio", "In 1961 she took a law degree in _____.", "In 1961 she took a law degree in Ohio.")).toEqual([]);
    expect(containingPlacesFor("Ohio", "She moved back to _____ in 1961.", article)).toEqual([]);
  });
  it("with the gazetteer's other forms of the containing place", () => {
    const kingdom = "The old mill stood at Carrow, in the United Kingdom, by a river.";
    expect(containingPlacesFor("Carrow", "The old mill stood at _____ by a river.", kingdom)).toEqual(expect.arrayContaining(["United Kingdom", "UK", "Britain"]));
  });
  it("only for a hint that asks for no kind of place", () => {
    expect(containingPlacesFor("Ohio", "In 1961 she took a law degree in _____.", article, "(a name)")).toContain("United States");
    expect(containingPlacesFor("Ohio", "In 1961 she took a law degree in _____.", article, "(a state)")).toEqual([]);
  });
});
