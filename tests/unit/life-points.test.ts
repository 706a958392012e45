import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeLifeStatements, tellsObstacle } from "@/lib/generation/life-points";
import type { GeneratedQuestion } from "@/lib/generation/types";

// An invented life: the obstacle is told in a clause after the sentence's first, with the person as "she".
const LIFE = `Tova Renn, Glass Painter

Tova Renn was a Danish glass painter whose coloured windows fill many churches in the north of Jutland. She was born in 1841 in the harbour town of Osterby, where her uncle kept a small glass workshop. As a girl she swept the workshop floor and watched the apprentices mix their paints. By the age of sixteen she was painting saints and ships better than any of them. At twenty she travelled to Copenhagen to study, but as a woman she was barred from the Painters' Guild of Copenhagen. She set up a workshop of her own instead and took orders from village priests. Her great east window at Osterby was finished in 1879 and is still admired by visitors. She died in 1904, and her letters were published in 1950.`;

// The same life with the hardship her sister's: it is never stated of her.
const RIVAL = LIFE.replace("but as a woman she was barred", "but her sister Ellen Renn was barred");

function traced(text: string): GeneratedQuestion[] {
  const all: GeneratedQuestion[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q) => all.push(q) });
  return all;
}

// The module's own statements, on the sentences as the generator reads them (title person and pronouns marked).
function lifeStatements(text: string): string[] {
  const { article } = generateQuestions(text, { count: 10, seed: 1 });
  return makeLifeStatements(article.sentences, article.title).map((s) => s.question.prompt);
}

describe("life-points", () => {
  it("reads the words a life's obstacle is told in", () => {
    expect(tellsObstacle("The rules of the hall said she was not allowed to vote.")).toBe(true);
    expect(tellsObstacle("By her tenth birthday she was almost blind.")).toBe(true);
    expect(tellsObstacle("She was allowed to vote in 1920.")).toBe(false);
  });

  it("states the obstacle in a later clause of the person's sentence, named, as true", () => {
    const statements = traced(LIFE).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True" && /barred from/.test(q.prompt));
    expect(statements.map((q) => q.prompt)).toContain("As a woman Tova Renn was barred from the Painters' Guild of Copenhagen.");
  });

  it("states an obstacle told as a concession after the opening's praise", () => {
    const praised = LIFE.replace(
      "Tova Renn was a Danish glass painter whose coloured windows fill many churches in the north of Jutland.",
      "Tova Renn was one of the finest glass painters of her age, even though she had little schooling of any kind.",
    );
    const statements = traced(praised).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True");
    expect(statements.map((q) => q.prompt)).toContain("Tova Renn had little schooling of any kind.");
  });

  it("states an obstacle after a place word and a concession that open its sentence", () => {
    const there = LIFE.replace(
      "At twenty she travelled to Copenhagen to study, but as a woman she was barred from the Painters' Guild of Copenhagen.",
      "At twenty she travelled to Copenhagen to study painting. There, although she painted better than the men, she was barred from the Painters' Guild of Copenhagen.",
    );
    const statements = traced(there).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True");
    expect(statements.map((q) => q.prompt)).toContain("Tova Renn was barred from the Painters' Guild of Copenhagen.");
  });

  it("makes no statement of someone else's obstacle", () => {
    expect(traced(RIVAL).some((q) => q.type === "TRUE_FALSE" && /Tova Renn was not allowed/.test(q.prompt))).toBe(false);
  });

  it("writes no later clause's he or she out as the person when a relative is named before it in the sentence", () => {
    const kin = LIFE.replace(
      "At twenty she travelled to Copenhagen to study, but as a woman she was barred from the Painters' Guild of Copenhagen.",
      "Her mother, Else Renn, raised four children alone, and she was deeply in debt.",
    );
    expect(traced(kin).some((q) => q.type === "TRUE_FALSE" && /Tova Renn was (?:not )?deeply in debt/.test(q.prompt))).toBe(false);
  });

  it("states no obstacle whose subject is a friend or relative of the person, named through them", () => {
    const friend = LIFE.replace(
      "At twenty she travelled to Copenhagen to study, but as a woman she was barred from the Painters' Guild of Copenhagen.",
      "At twenty she travelled to Copenhagen to study. Her friend Greta Lund was barred from the Painters' Guild of Copenhagen, and she was too.",
    );
    expect(lifeStatements(friend).filter((q) => /Greta Lund/.test(q))).toEqual([]);
  });

  it("states no bar on a group the person is named in only through a possessive", () => {
    const group = LIFE.replace("but as a woman she was barred from the Painters' Guild of Copenhagen", "but women were barred from the painters' guild of her city");
    const rank = LIFE.replace("but as a woman she was barred from the Painters' Guild of Copenhagen", "but painters of her sort were barred from the guild");
    expect([...lifeStatements(group), ...lifeStatements(rank)].filter((q) => /were (?:not )?barred/.test(q))).toEqual([]);
  });

  it("states no bar the person laid on others", () => {
    const ruled = LIFE.replace(
      "At twenty she travelled to Copenhagen to study, but as a woman she was barred from the Painters' Guild of Copenhagen.",
      "In 1880 she became head of the Painters' Guild of Copenhagen. Under her rule, foreign painters were barred from its shows.",
    );
    expect(lifeStatements(ruled).filter((q) => /foreign painters/.test(q))).toEqual([]);
  });
});
