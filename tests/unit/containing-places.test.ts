import { describe, expect, it } from "vitest";
import { containingPlaces, containingPlacesFor } from "@/lib/generation/containing-places";

// Invented sentences: a district and the city (or country) the article says it lies in.
// Most of them ask about one invented district.
const aroundCarrow = (articleText: string) => containingPlaces("Carrow", articleText);
// The key's own sentence: from `from` (else the text's start) up to `to` (else its end).
const rangeIn = (text: string, from?: string, to?: string) => ({ start: from ? text.indexOf(from) : 0, end: to ? text.indexOf(to) : text.length });

describe("containingPlaces", () => {
  it("reads ', in Y', ' in Y' and ', Y' after a place", () => {
    expect(aroundCarrow("The old mill at Carrow, in Dunhaven, ground grain for the fleet.")).toEqual(["Dunhaven"]);
    expect(aroundCarrow("The old mill at Carrow in Dunhaven ground grain. Ships sailed to Dunhaven.")).toEqual(["Dunhaven"]);
    expect(containingPlaces("Springfield", "The first mill stood in Springfield, France, by the river.")).toEqual(["France"]);
    expect(containingPlaces("Kestwick", "She studied in Kestwick in the United States for two years.")).toEqual(["United States"]);
  });

  it("refuses nearness, lists, times and someone's", () => {
    expect(aroundCarrow("The old mill at Carrow, near Dunhaven, ground grain.")).toEqual([]);
    expect(containingPlaces("Springfield", "Mills stood in Springfield, France and Spain.")).toEqual([]);
    expect(containingPlaces("Springfield", "Mills stood in Lyon, Springfield, France.")).toEqual([]);
    expect(aroundCarrow("The mill opened at Carrow in May and closed in Winterfall's reign.")).toEqual([]);
    expect(aroundCarrow("The mill opened at Carrow in AD 640.")).toEqual([]);
    expect(aroundCarrow("Trade at Carrow in Hale's day was slow.")).toEqual([]);
    // A bare comma after a place, then a person: no place the gazetteer knows.
    expect(aroundCarrow("At Carrow, Tessa Brun built a mill.")).toEqual([]);
    // Another place whose name ends in the key's.
    expect(aroundCarrow("The mill at New Carrow, in Dunhaven, was older.")).toEqual([]);
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
    expect(aroundCarrow("She fled to Carrow, which lay in Dunhaven, a free province.")).toEqual(["Dunhaven"]);
    expect(aroundCarrow("The mill stood at Carrow in the north of Dunhaven.")).toEqual(["Dunhaven"]);
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

describe("a bare ' in Y' is a containing place only where the article knows Y as a place", () => {
  it("refuses an era, a language, a body, a season, a round or a paper after ' in'", () => {
    const tale = "Tessa Brun was born in Carrow in 1850. Carrow in Victorian times was a busy mill town. Carrow in English novels was always grim.";
    expect(aroundCarrow(tale)).toEqual([]);
    expect(aroundCarrow("The town is called Carrow in Latin and Karo in the hill speech.")).toEqual([]);
    expect(aroundCarrow("Tessa Brun represented Carrow in Parliament for ten years.")).toEqual([]);
    expect(aroundCarrow("Carrow in Spring is lovely, and Ebb beat Carrow in Round Two of the cup.")).toEqual([]);
    expect(aroundCarrow("A mill fire at Carrow in the Daily Post shocked readers.")).toEqual([]);
    // A time that the sentence then calls a town is still a time; a language set off by commas is still a language.
    expect(aroundCarrow("Carrow in the Renaissance was a quiet market town.")).toEqual([]);
    expect(aroundCarrow("The name Carrow, in Latin, means a fort by the ford.")).toEqual([]);
  });
  it("takes Y the article itself puts places in or comes from", () => {
    expect(aroundCarrow("The old mill at Carrow in Dunhaven ground grain. Barges sailed from Dunhaven each week.")).toEqual(["Dunhaven"]);
    expect(aroundCarrow("The old mill at Carrow in Dunhaven ground grain. Ebb is the largest town in Dunhaven.")).toEqual(["Dunhaven"]);
    expect(aroundCarrow("The old mill at Carrow in Dunhaven ground grain for the county of Dunhaven.")).toEqual(["Dunhaven"]);
  });
});

describe("the same name for another place elsewhere lends no containing place", () => {
  const life = "Rollo Vance was born in Carrow in 1931. In 1979 he sang a famous concert among the ruins of Carrow, Egypt. He died in 1988.";
  const born = rangeIn(life, undefined, " In 1979");
  const ruins = rangeIn(life, "In 1979", " He died");
  it("reads the key's own sentence and the name's first use only", () => {
    expect(containingPlacesFor("Carrow", "Rollo Vance was born in _____ in 1931.", life, "", born)).toEqual([]);
    expect(containingPlacesFor("Carrow", "Rollo Vance was born in _____ in 1931.", life)).toEqual([]);
    expect(containingPlacesFor("Carrow", "In 1979 he sang a famous concert among the ruins at _____.", life, "", ruins)).toEqual(["Egypt"]);
  });
  it("drops both where the article gives the name two containing places", () => {
    const two = "The mill at Carrow, in Dunhaven, was old. Rollo Vance sang among the ruins of Carrow, Egypt. He later lived in Carrow.";
    const lived = rangeIn(two, "He later");
    expect(containingPlacesFor("Carrow", "He later lived in _____.", two, "", lived)).toEqual([]);
    // One containing place said twice is no conflict.
    const once = "The mill at Carrow, in Dunhaven, was old. Wool from Carrow, in Dunhaven, was sold. He later lived in Carrow.";
    expect(containingPlacesFor("Carrow", "He later lived in _____.", once, "", rangeIn(once, "He later"))).toEqual(["Dunhaven"]);
  });
});

describe("a name before a lowercase noun, or a street, is no containing place", () => {
  it("refuses 'the Lune valley', 'the Gothic style' and 'Parliament Street'", () => {
    const town = "Her father ran a print shop in Ebbton in Parliament Street. In 1899 Tessa moved to Ebbton, in the Lune valley, to teach.";
    expect(containingPlaces("Ebbton", town)).toEqual([]);
    expect(aroundCarrow("The chapel was built at Carrow, in the Gothic style, by monks.")).toEqual([]);
    expect(aroundCarrow("The chapel at Carrow, in the Latin quarter, burned.")).toEqual([]);
    expect(aroundCarrow("A fire broke out at Carrow, in Mill Lane, in 1820.")).toEqual([]);
  });
});

describe("a US state's country only where the state was in it then", () => {
  it("not where the article says the state was then part of another country", () => {
    const then = "In 1822 the trader Jon Pell kept a store in Texas, which was then part of Mexico. Texas joined the United States in 1845.";
    expect(containingPlacesFor("Texas", "In 1822 the trader Jon Pell kept a store in _____.", then)).toEqual([]);
    const republic = "Jon Pell kept a store in Texas in 1840, when he sat in the congress of the Republic of Texas. Texas joined the United States in 1845.";
    expect(containingPlacesFor("Texas", "Jon Pell kept a store in _____ in 1840.", republic)).toEqual([]);
  });
  it("not where the stem or its sentence dates the event before 1800", () => {
    const early = "In 1650 Mara Voss grew tobacco in Virginia. Her great-grandson moved to the United States capital in 1801.";
    expect(containingPlacesFor("Virginia", "In 1650 Mara Voss grew tobacco in _____.", early)).toEqual([]);
    const sentence = rangeIn(early, undefined, " Her great");
    expect(containingPlacesFor("Virginia", "Mara Voss grew tobacco in _____.", early, "", sentence)).toEqual([]);
    expect(containingPlacesFor("Virginia", "Her great-grandson later grew tobacco in _____.", early.replace("1650", "1850"))).toContain("United States");
  });
});
