import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeMisconceptionStatement } from "@/lib/generation/make-denial-statements";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 0, inSummary: false };
}

const belief = (text: string, article = text) => makeMisconceptionStatement(sentence(text), article)?.prompt ?? null;

describe("a belief the article calls a mistake", () => {
  it("takes the belief's clause as the false statement", () => {
    expect(belief("Many people think that glass owls hunt by smell, but this is wrong.")).toBe("Glass owls hunt by smell.");
    expect(belief("Many people think that glass owls hunt by smell, but this is a common mistake.")).toBe("Glass owls hunt by smell.");
    expect(belief("It is a myth that the salt road was paved with stone.")).toBe("The salt road was paved with stone.");
    expect(belief("A common misconception is that copper beetles sting people.")).toBe("Copper beetles sting people.");
    expect(belief("In fact, it is a myth that the salt road was paved with stone.")).toBe("The salt road was paved with stone.");
    const text = "Many people think that glass owls hunt by smell, but that is a popular myth.";
    expect(makeMisconceptionStatement(sentence(text), text)!.answerText).toBe("False");
  });
  it("refuses a belief with a pointer, a hedge or a negation, one the article asserts elsewhere, and one without a plain verdict", () => {
    expect(belief("Many people think that it hunts by smell, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that one owl hunts by smell, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that glass owls might hunt by smell, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that glass owls do not hunt by day, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that glass owls don't hunt by day, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that glass owls don’t hunt by day, but that is a popular myth.")).toBeNull();
    const asserted = "Many people think that glass owls hunt by smell, but that is a popular myth. In deep winter, glass owls hunt by smell.";
    expect(makeMisconceptionStatement(sentence(asserted.split(". ")[0] + "."), asserted)).toBeNull();
    expect(belief("Many people think that glass owls hunt by smell, and they are right.")).toBeNull();
    expect(belief("A common myth is that of the drowned village.")).toBeNull();
  });
  it("refuses 'a mistake that X', where the mistake is an action the article says people make", () => {
    expect(belief("A common mistake is that beginners hold the bow too tightly.")).toBeNull();
    expect(belief("It is a mistake that the council ignored the warnings of the engineers.")).toBeNull();
    expect(belief("A common error is that pupils forget to carry the one.")).toBeNull();
  });
  it("takes 'a popular mistake is to assume that X', where a verb of belief names the wrong belief", () => {
    expect(belief("A popular mistake is to assume that copper beetles sting people.")).toBe("Copper beetles sting people.");
    expect(belief("One frequent error is to believe that the salt road was paved with stone.")).toBe("The salt road was paved with stone.");
    expect(belief("A common mistake is to hold the bow too tightly.")).toBeNull();
  });
  it("refuses a belief that carries the article's own correction, and a belief about a count or a share", () => {
    expect(belief("It is a myth that the tower can be seen from the coast, but it can be seen from the ridge.")).toBeNull();
    expect(belief("It is a myth that the tower can be seen from the coast; it can be seen from the ridge.")).toBeNull();
    expect(belief("It is a myth that half the glass owls leave the forest in winter.")).toBeNull();
    expect(belief("It is a myth that two of the bridges were built by the guild.")).toBeNull();
  });
});

describe("a refuted belief in a whole article", () => {
  const article = [
    "The Glass Owl",
    "",
    "The glass owl is a small bird of the northern pine forests. It has pale feathers that look almost clear in winter light.",
    "",
    "Many people think that glass owls hunt by smell, but that is a popular myth. They find mice by listening for them under the snow.",
    "",
    "The glass owl does not build a nest of its own. Each spring a pair moves into a hole left by a woodpecker. The female lays three or four eggs.",
    "",
    "The young owls leave the hole after about five weeks. By autumn they hunt alone.",
  ].join("\n");
  it("offers the refuted belief as a statement the gates pass, and no flipped denial", () => {
    const fates = new Map<string, { q: GeneratedQuestion; verdict: string }>();
    generateQuestions(article, { count: 12, seed: 3, trace: (q, verdict) => q.type === "TRUE_FALSE" && fates.set(q.prompt, { q, verdict }) });
    const made = fates.get("Glass owls hunt by smell.");
    expect(made?.q.answerText).toBe("False");
    expect(["selected", "not-selected"]).toContain(made?.verdict);
    expect(passesGates(made!.q, article)).toBe(true);
    expect(fates.has("The glass owl builds a nest of its own.")).toBe(false);
  });
});

describe("a belief the article goes on to grant", () => {
  it("refuses a belief when the next sentence concedes it", () => {
    const a = "A common mistake is to assume that the Hollin lawn freezes before the paths. This is partly right, because on still nights the Hollin lawn does freeze first.";
    expect(makeMisconceptionStatement(sentence(a.split(". ")[0] + "."), a)).toBeNull();
    const b = "A common mistake is to assume that copper beetles sting people. There is some truth in this for the red kind.";
    expect(makeMisconceptionStatement(sentence(b.split(". ")[0] + "."), b)).toBeNull();
  });
  it("refuses a belief that another sentence states without a negation", () => {
    const a = "A frequent error is to assume that dark peaty loam freezes first. Dark peaty loam does freeze first on still nights, but not under snow.";
    expect(makeMisconceptionStatement(sentence(a.split(". ")[0] + "."), a)).toBeNull();
  });
  it("keeps a belief the article only denies", () => {
    const a = "A frequent error is to assume that dark peaty loam freezes first. Dark peaty loam never freezes before the grass.";
    expect(makeMisconceptionStatement(sentence(a.split(". ")[0] + "."), a)?.prompt).toBe("Dark peaty loam freezes first.");
  });
});
