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
});
