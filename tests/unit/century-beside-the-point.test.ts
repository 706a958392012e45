import { describe, expect, it } from "vitest";
import { centuryBesideThePoint } from "@/lib/generation/check-century-point";
import { framingEraPenalties } from "@/lib/generation/check-framing-eras";

/** The sentence with its era found, as the checks see a keyed span. */
function at(sentence: string, key: string) {
  const start = sentence.indexOf(key);
  return { sentence, start, end: start + key.length };
}
function beside(sentence: string, key: string, title: string): boolean {
  const { start, end } = at(sentence, key);
  return centuryBesideThePoint(sentence, start, end, key, title);
}

// Invented sentences about an invented mill and its valley.
const TITLE = "The Mill of Harlow";

describe("a century keyed beside the sentence's point is held below the review line (judges: century-only blanks)", () => {
  it("holds a century inside a clause set off by a comma, while the main clause stays printed", () => {
    expect(beside("The mill, which the monks had rebuilt in the 15th century, was sold to the Penrose family in 1602.", "15th century", TITLE)).toBe(true);
    expect(beside("Harlow's weavers, who had worked by hand since the 14th century, moved to the cloth factories.", "14th century", TITLE)).toBe(true);
  });

  it("holds a century that only describes a noun", () => {
    expect(beside("Farmers of the 17th century brought their grain by cart from Dunmore.", "17th century", TITLE)).toBe(true);
    expect(beside("Like many mills of the 1700s, it used a wooden wheel with forty paddles.", "1700s", TITLE)).toBe(true);
  });

  it("holds a century followed by a second point", () => {
    expect(beside("The railway reached the valley in the 19th century, and the mill lost most of its trade.", "19th century", TITLE)).toBe(true);
    expect(beside("The bridge over the Tane dates from the 16th century and has three stone arches.", "16th century", TITLE)).toBe(true);
  });

  it("keeps a century that dates the main clause's own event, with nothing after it", () => {
    expect(beside("Water wheels for grinding grain reached the northern valleys in the 12th century.", "12th century", TITLE)).toBe(false);
  });

  it("keeps the century the article's own subject was made in, wherever the sentence says it", () => {
    expect(beside("The Mill of Harlow was built in the 13th century, and it ground grain for six hundred years.", "13th century", TITLE)).toBe(false);
    expect(beside("Built in the 13th century, the Mill of Harlow is the oldest working mill in the county.", "13th century", TITLE)).toBe(false);
    expect(beside("The Mill of Harlow is a stone mill on the river Tane that was built in the 13th century.", "13th century", TITLE)).toBe(false);
    // (Unless a second date makes the sentence's point another event.)
    expect(beside("The mill, which was built in the 13th century, was sold to the Penrose family in 1602.", "13th century", TITLE)).toBe(true);
  });

  it("reads only centuries: a year or a decade is left to the other checks", () => {
    expect(beside("Farmers of the 1840s brought their grain by cart from Dunmore.", "1840s", TITLE)).toBe(false);
    expect(beside("The mill, which the monks had rebuilt in 1450, was sold in 1602.", "1450", TITLE)).toBe(false);
  });

  it("is a held note among the framing-era penalties, not a veto", () => {
    const sentence = "Farmers of the 17th century brought their grain by cart from Dunmore.";
    const penalties = framingEraPenalties("Farmers of the _____ brought their grain by cart from Dunmore.", "17th century", at(sentence, "17th century"), TITLE);
    expect(penalties).toEqual([{ check: "century-beside-the-point", factor: 1, belowReviewLine: true }]);
  });
});

describe("a count after the era is no second date", () => {
  it("keeps the making of the article's subject when the sentence goes on to count its parts", () => {
    const title = "Queen Orla and Kestrel Abbey";
    expect(beside("Built in the 12th century, Kestrel Abbey is a great cloister cut from rock; it holds some 300 cells.", "12th century", title)).toBe(false);
    expect(beside("Kestrel Abbey was built in the 12th century and sold to a duke in 1540.", "12th century", title)).toBe(true);
  });
});

describe("a word that stands for the article's subject", () => {
  it("keeps the start of the work on the subject the article is about", () => {
    expect(beside("Work on the monument began in the 11th century.", "11th century", "Great Orlen")).toBe(false);
    expect(beside("Work on the harbour wall began in the 11th century, and the town grew.", "11th century", "Great Orlen")).toBe(true);
  });
});

describe("the making of the article's subject is read from the clause's own subject", () => {
  it("reads an opening participle only where its date follows it: 'Then', 'Often', 'First' open none", () => {
    const title = "The Priory of Vell";
    expect(beside("Then the granary was built in the 12th century, and the priory grew rich.", "12th century", title)).toBe(true);
    expect(beside("Often a granary was built in the 12th century, and the priory kept it.", "12th century", title)).toBe(true);
    expect(beside("First a barn was built in the 12th century, and the priory later sold it.", "12th century", title)).toBe(true);
    expect(beside("Built in the 12th century, the Priory of Vell is the oldest house of the order.", "12th century", title)).toBe(false);
  });

  it("takes the head of the subject, not a place or owner named beside it", () => {
    expect(beside("The bakery beside the mill was built in the 14th century, and it fed the valley.", "14th century", TITLE)).toBe(true);
    expect(beside("Harlow's first bakery was built in the 14th century, and it fed the millers.", "14th century", TITLE)).toBe(true);
    // (The title's own thing, however its subject is written, is still the point.)
    expect(beside("In the north of the county, the old mill was built in the 14th century, and it still turns.", "14th century", TITLE)).toBe(false);
    expect(beside("The Mill of Harlow, which was first built in the 14th century, still turns.", "14th century", TITLE)).toBe(false);
  });
});
