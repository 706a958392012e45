import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { namedGender } from "@/lib/generation/resolve-person-pronouns";
import { traced } from "../support/traced-candidates";

const termsOf = (sentence: string) => findSpans(sentence).filter((s) => s.type === "TERM").map((s) => s.text);

describe("a term named with 'called a'/'called an'", () => {
  it("is a term after a comma, after 'which is', and after a noun in a clause that has its verb", () => {
    expect(termsOf("The keeper pulls a lever, and the wind fills a thin sail, called a vane, above the mill.")).toEqual(["vane"]);
    expect(termsOf("The glass must stand still while it cools, which is called an annealing.")).toEqual(["annealing"]);
    expect(termsOf("Warm air rises from the marsh into a band of cloud called a front.")).toEqual(["front"]);
    expect(termsOf("The wheel turns, making a ring of low pressure called a vortex, and the water drains.")).toEqual(["vortex"]);
  });

  it("is no term where a subject called something (a meeting, a council) or named a person", () => {
    expect(termsOf("The elders called a council of all the villages.")).toEqual([]);
    expect(termsOf("After the flood, the old mayor called an inquiry into the dams.")).toEqual([]);
    expect(termsOf("The man they called a traitor fled across the hills.")).toEqual([]);
  });

  it("is asked as a typed term", () => {
    const text = `Windmills\n\nA windmill turns the power of the wind into work. The sails drive a shaft that turns the grinding stones inside the tower. The miller watches the wind all day. On top of the tower the wind turns a small wheel, called a fantail, that keeps the sails facing the wind. Windmills were common in flat lands with strong winds.`;
    const keys = traced(text, { keepUnsure: true }).map((t) => t.q.answerText);
    expect(keys).toContain("fantail");
  });
});

describe("the title person's pronoun beside a person of the other gender", () => {
  it("reads a gender from a given name or a gendered title, and none from a surname", () => {
    expect(namedGender("Pierre Dumont")).toBe("he");
    expect(namedGender("Anna Kell")).toBe("she");
    expect(namedGender("King Oswy")).toBe("he");
    expect(namedGender("Dumont")).toBe(null);
  });

  // Invented: a woman the title names, and a man named in the sentence before one of her "she" sentences.
  const ARTICLE = `Ilse Varga

Ilse Varga was a Hungarian glassmaker who ran the largest glassworks in her town. She was born in 1850 in the village of Orsa. Her father taught her how to blow glass when she was twelve. In 1874 she travelled to Vienna to meet the merchant Josef Brandt. She sold her first green bottles there in 1875. She opened her own glassworks in 1881 and hired forty workers.`;

  it("means the title person, written out in the question", () => {
    const prompts = generateQuestions(ARTICLE, { count: 12, keepUnsure: true }).questions.map((q) => q.prompt);
    const traces = traced(ARTICLE, { keepUnsure: true }).map((t) => t.q.prompt);
    expect([...prompts, ...traces].some((p) => /Ilse Varga sold her first green bottles|Ilse sold her first green bottles/.test(p))).toBe(true);
  });
});
