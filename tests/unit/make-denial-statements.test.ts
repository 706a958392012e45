import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeDenialFlip, makeMisconceptionStatement } from "@/lib/generation/make-denial-statements";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 0, inSummary: false };
}

const flip = (text: string, article = text) => makeDenialFlip(sentence(text), article)?.prompt ?? null;
const belief = (text: string, article = text) => makeMisconceptionStatement(sentence(text), article)?.prompt ?? null;

describe("a plain denial turned into the claim it denies", () => {
  it("puts the verb back in its positive form", () => {
    expect(flip("The ferryman does not own the boat.")).toBe("The ferryman owns the boat.");
    expect(flip("The envoys did not reach the mountain pass.")).toBe("The envoys reached the mountain pass.");
    expect(flip("Glass owls do not build nests.")).toBe("Glass owls build nests.");
    expect(flip("The hemp rope did not last the winter.")).toBe("The hemp rope lasted the winter.");
    expect(flip("The lantern was not lit by the keeper.")).toBe("The lantern was lit by the keeper.");
    expect(flip("However, the old mill has not ground wheat from the valley.")).toBe("The old mill has ground wheat from the valley.");
  });
  it("reads 'never' and 'no longer'", () => {
    expect(flip("The copper beetle never sleeps in daylight.")).toBe("The copper beetle sleeps in daylight.");
    expect(flip("The northern canal no longer carries salt barges.")).toBe("The northern canal still carries salt barges.");
  });
  it("keeps the denied half of 'not X but Y' and of two joined verb phrases", () => {
    expect(flip("The aim of the survey was not to tax the farms but to count them.")).toBe("The aim of the survey was to tax the farms.");
    expect(flip("The guild was not consulted on the new tolls and was told to pay them.")).toBe("The guild was consulted on the new tolls.");
  });
  it("keys it False and marks the negation in the source", () => {
    const text = "The ferryman does not own the boat.";
    const q = makeDenialFlip(sentence(text), text)!;
    expect(q.answerText).toBe("False");
    expect(text.slice(q.source.answer.start, q.source.answer.end)).toBe("does not");
  });
  it("refuses partial negations, pairs, times, comparisons and hedges, whose positive is not false", () => {
    expect(flip("The ferry does not always run on Sundays.")).toBeNull();
    expect(flip("The ferry does not run on all routes.")).toBeNull();
    expect(flip("The guild was not only a club but also a bank.")).toBeNull();
    expect(flip("The ferry did not sail until the ice melted.")).toBeNull();
    expect(flip("The new bridge is not as long as the old one.")).toBeNull();
    expect(flip("The new bridge is not longer than the old one.")).toBeNull();
    expect(flip("The ferry may not run in winter.")).toBeNull();
    expect(flip("The ferry does not run because the river is frozen.")).toBeNull();
    expect(flip("The ferry does not entirely stop in winter.")).toBeNull();
    expect(flip("The silver comet will not return for 76 years.")).toBeNull();
    expect(flip("The salt lake has not flooded in three centuries.")).toBeNull();
  });
  it("refuses a second negation, a pointer subject, a negation inside a clause and a bare verb", () => {
    expect(flip("The ferry does not carry no cargo.")).toBeNull();
    expect(flip("The ferryman did not stay, and the boatwright never came.")).toBeNull();
    expect(flip("It does not carry cargo.")).toBeNull();
    expect(flip("Some ferries do not carry cargo.")).toBeNull();
    expect(flip("Such ferries do not carry cargo.")).toBeNull();
    expect(flip("The guild was not consulted and not paid.")).toBeNull();
    expect(flip("The boatwright, who did not like the ferryman, sold the boat.")).toBeNull();
    expect(flip("The boat that the guild did not want was sold.")).toBeNull();
    expect(flip("The truce did not last.")).toBeNull();
    expect(flip("Old sailors thought the ferry did not float on salt water.")).toBeNull();
    expect(flip("The year of the first crossing is not known.")).toBeNull();
    expect(flip("The harbour council did not approve it.")).toBeNull();
    expect(flip("The ferry does not carry any cargo.")).toBeNull();
  });
  it("refuses a positive the article itself states", () => {
    const article = "The ferryman did not own the boat. The boat belonged to the guild.";
    expect(flip("The ferryman did not own the boat.", "The ferryman did not own the boat. Later the ferryman owned the boat.")).toBeNull();
    expect(flip("The ferryman did not own the boat.", article)).toBe("The ferryman owned the boat.");
  });
});

describe("a belief the article calls a mistake", () => {
  it("takes the belief's clause as the false statement", () => {
    expect(belief("Many people think that glass owls hunt by smell, but this is wrong.")).toBe("Glass owls hunt by smell.");
    expect(belief("It is a myth that the salt road was paved with stone.")).toBe("The salt road was paved with stone.");
    expect(belief("A common misconception is that copper beetles sting people.")).toBe("Copper beetles sting people.");
    const text = "Many people think that glass owls hunt by smell, but that is a popular myth.";
    expect(makeMisconceptionStatement(sentence(text), text)!.answerText).toBe("False");
  });
  it("refuses a belief with a pointer, a hedge or a negation, one the article asserts elsewhere, and one without a plain verdict", () => {
    expect(belief("Many people think that it hunts by smell, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that glass owls might hunt by smell, but that is a popular myth.")).toBeNull();
    expect(belief("Many people think that glass owls do not hunt by day, but that is a popular myth.")).toBeNull();
    const asserted = "Many people think that glass owls hunt by smell, but that is a popular myth. In deep winter, glass owls hunt by smell.";
    expect(makeMisconceptionStatement(sentence(asserted.split(". ")[0] + "."), asserted)).toBeNull();
    expect(belief("Many people think that glass owls hunt by smell, and they are right.")).toBeNull();
    expect(belief("A common myth is that of the drowned village.")).toBeNull();
  });
});

describe("denials in a whole article", () => {
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
  it("offers the refuted belief and the denial as statements the gates pass", () => {
    const fates = new Map<string, { q: GeneratedQuestion; verdict: string }>();
    generateQuestions(article, { count: 12, seed: 3, trace: (q, verdict) => q.type === "TRUE_FALSE" && fates.set(q.prompt, { q, verdict }) });
    for (const prompt of ["Glass owls hunt by smell.", "The glass owl builds a nest of its own."]) {
      const made = fates.get(prompt);
      expect(made?.q.answerText).toBe("False");
      expect(["selected", "not-selected"]).toContain(made?.verdict);
      expect(passesGates(made!.q, article)).toBe(true);
    }
  });
});
