import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";
import { dangles } from "@/lib/generation/question-stems";

// Invented stems and statements about an invented coast and its people.
describe("a 'they', 'them' or 'their' needs a plural noun shown before it (judges: 'them' with no antecedent)", () => {
  it("refuses a verb's -s as the antecedent: the people 'them' means are in a sentence not shown", () => {
    expect(dangles("The captain thanks them for the rescue.")).toBe(true);
    expect(dangles("In 1850 the governor gives them land near the river.")).toBe(true);
    expect(pointsOutside("The queen sends them to the coast in _____.")).toBe(true);
  });

  it("refuses a verb's -s after a relative word or an aside as the antecedent", () => {
    expect(dangles("The charter that shields them was sealed in 1612.")).toBe(true);
    expect(dangles("A writ which grants them pasture was sealed in 1612.")).toBe(true);
    expect(dangles("The abbess, however, sends them to the priory.")).toBe(true);
    expect(dangles("The reeve, however, sends them to the priory.")).toBe(true);
    // (A singular noun in -ss or -us is no plural either.)
    expect(dangles("The abbess gave them bread in 1612.")).toBe(true);
    expect(dangles("The census counted them in 1612.")).toBe(true);
    // (A plural after such a word that a verb follows is the subject: "the mill which villagers built".)
    expect(dangles("The mill which villagers built fed them through the winter.")).toBe(false);
    expect(dangles("After the floods, the council gave them land.")).toBe(false);
  });

  it("refuses a span of time as the antecedent", () => {
    expect(dangles("Two weeks afterward, Eliza published a notice about them.")).toBe(true);
    expect(dangles("For three years the council kept their names secret.")).toBe(true);
  });

  it("keeps a pronoun whose plural noun the stem shows, even one the tagger reads as a verb", () => {
    expect(dangles("The settlers were poor, and the governor gave them land.")).toBe(false);
    expect(dangles("The workers built the dam, and the company paid them well.")).toBe(false);
    expect(dangles("A flood in _____ ruined the lowest shelf, and volunteers dried what they could save in the bread oven.")).toBe(false);
    expect(dangles("The ferry sank, and fishermen pulled them from the water.")).toBe(false);
    expect(dangles("Marco and Ana met the envoy, who gave them gifts.")).toBe(false);
  });

  it("keeps a stem that shows the sentence before, where the plural is named", () => {
    expect(pointsOutside("The fishermen of Orth lost their boats in the storm. The governor gives them land near the river in _____.")).toBe(false);
  });
});

// Invented stems: people named by a word the shape rules missed.
describe("a plural pronoun whose people are named as 'women', 'men' or 'the' and a nation's word", () => {
  it("keeps a 'they' after 'women' or 'men'", () => {
    expect(dangles("The guild paid women a coin for every basket they wove and sold that year.")).toBe(false);
    expect(dangles("The mill hired men from the valley, and they worked in shifts.")).toBe(false);
  });

  it("keeps a 'their' after 'the French' or 'the Dutch' standing for the people", () => {
    expect(dangles("When the French withdrew their ships, Orlan Vey was taken at the harbour.")).toBe(false);
    expect(dangles("Soon the Dutch moved their trading post to the river mouth.")).toBe(false);
  });

  it("still refuses a nation's word that describes a noun after it, or a 'they' with no plural before it", () => {
    expect(dangles("When the French envoy withdrew their ships, Orlan Vey was taken at the harbour.")).toBe(true);
    expect(dangles("The widow paid a coin for every basket they wove.")).toBe(true);
  });
});
