import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findNamedStages } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented for this test: a numbered list of bare stage names after the line that introduces them.
const frogs = [
  "How a Marsh Frog Grows",
  "",
  "A marsh frog changes shape several times before it can leave the water. Biologists who study ponds watch these changes closely each spring.",
  "",
  "Why the Shape Changes",
  "",
  "A young frog breathes through gills at first, so it must stay under water. Later its lungs grow, and it starts to gulp air at the surface.",
  "",
  "The Stages",
  "",
  "A marsh frog's life is usually divided into five stages:",
  "",
  "1. Egg, when the young frog is a dark dot in jelly",
  "2. Tadpole",
  "3. Legged tadpole",
  "4. Froglet, also called a young frog",
  "5. Adult",
  "",
  "The whole change takes about twelve weeks in a warm pond. In a cold pond it can take most of a year, because the tadpoles grow slowly.",
].join("\n");

describe("a numbered list of stage names", () => {
  it("is read as the stages' names in the article's order, the aside after a comma left out", () => {
    const sets = findNamedStages(parseArticle(frogs), frogs);
    expect(sets).toHaveLength(1);
    expect(sets[0]!.kind).toBe("stage");
    expect(sets[0]!.lines.map((l) => l.label)).toEqual(["Egg", "Tadpole", "Legged tadpole", "Froglet", "Adult"]);
  });

  it("becomes an ordering question keyed in the article's order", () => {
    const { questions } = generateQuestions(frogs, { count: 10, seed: 1, types: ["ORDERING"] });
    const order = questions.find((q) => q.type === "ORDERING" && /stages/.test(q.prompt));
    expect(order).toBeDefined();
    const names = ["Egg", "Tadpole", "Legged tadpole", "Froglet", "Adult"];
    const keyed = order!.answerText.split(" → ");
    expect(keyed.length).toBeGreaterThanOrEqual(3);
    expect(keyed.map((k) => names.indexOf(k))).toEqual([...keyed.map((k) => names.indexOf(k))].sort((a, b) => a - b));
    expect(keyed.every((k) => names.includes(k))).toBe(true);
  });

  it("leaves out a name that says its own place, and reads no list whose kind has no order", () => {
    const placed = frogs.replace("3. Legged tadpole", "3. Second tadpole").replace("4. Froglet, also called a young frog", "4. First swim");
    expect(findNamedStages(parseArticle(placed), placed)[0]!.lines.map((l) => l.label)).toEqual(["Egg", "Tadpole", "Adult"]);
    const causes = frogs.replace("is usually divided into five stages:", "is shaped by five causes:");
    expect(findNamedStages(parseArticle(causes), causes)).toEqual([]);
    // A list whose numbering breaks off is no sure sequence.
    const broken = frogs.replace("2. Tadpole", "4. Tadpole");
    expect(findNamedStages(parseArticle(broken), broken)).toEqual([]);
  });

  it("reads no list the line before calls unordered, and no list of events or series", () => {
    const anyOrder = frogs.replace("A marsh frog's life is usually divided into five stages:", "Keepers can do these jobs in any order, and they are often listed as stages:");
    expect(findNamedStages(parseArticle(anyOrder), anyOrder)).toEqual([]);
    const separate = frogs.replace("A marsh frog's life is usually divided into five stages:", "The pond's life is divided into separate phases:");
    expect(findNamedStages(parseArticle(separate), separate)).toEqual([]);
    const noCue = frogs.replace("A marsh frog's life is usually divided into five stages:", "Keepers name five stages:");
    expect(findNamedStages(parseArticle(noCue), noCue)).toEqual([]);
    const series = frogs.replace("3. Legged tadpole", "3. Kicking, swimming and breathing air");
    expect(findNamedStages(parseArticle(series), series)).toEqual([]);
    const events = frogs.replace("3. Legged tadpole", "3. Legs appeared");
    expect(findNamedStages(parseArticle(events), events)).toEqual([]);
    const repeated = frogs.replace("5. Adult", "5. Tadpole");
    expect(findNamedStages(parseArticle(repeated), repeated)).toEqual([]);
  });

  it("leaves out names that end on their number or open on their place", () => {
    const numbered = frogs.replace("2. Tadpole", "2. Stage two").replace("5. Adult", "5. Late adult");
    expect(findNamedStages(parseArticle(numbered), numbered)[0]!.lines.map((l) => l.label)).toEqual(["Egg", "Legged tadpole", "Froglet"]);
  });

  it("reads the list after a sentence of prose that introduces it, and stops at the next section", () => {
    const prose = frogs
      .replace("A marsh frog's life is usually divided into five stages:", "Keepers watch closely. Each frog goes through these stages:")
      .replace("5. Adult", "5. Adult\n\nLater Life\n\n6. Old frog");
    const sets = findNamedStages(parseArticle(prose), prose);
    expect(sets[0]!.lines.map((l) => l.label)).toEqual(["Egg", "Tadpole", "Legged tadpole", "Froglet", "Adult"]);
  });
});
