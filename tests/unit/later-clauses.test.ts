import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import { laterClauses } from "@/lib/generation/split-clauses";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import { statementQuestion } from "@/lib/generation/question-parts";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

// A science explanation of our own (tests/fixtures/articles/raised-bogs.txt) written in long sentences: two clauses joined
// by a semicolon, ", and", ", but", a colon that explains, and a linking word set inside a clause.
const bogs = readFileSync(path.join(__dirname, "../fixtures/articles/raised-bogs.txt"), "utf8");
const article = parseArticle(bogs);
const at = (words: string) => article.sentences.find((s) => s.text.startsWith(words))!;

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("a long sentence's later clauses, each a statement of its own", () => {
  it("takes the clause after a semicolon or ', and' when it has a subject of its own", () => {
    // (The third clause, about microbes working slowly "without it", leans on the one before and is left.)
    expect(laterClauses(at("Peat forms where"), article.title)).toEqual(["Waterlogged ground holds very little oxygen."]);
    expect(laterClauses(at("Over thousands of years"), article.title)).toEqual(["Rainwater becomes the only source of water for the plants."]);
    expect(laterClauses(sentence("The lamp was lit at dusk, but most ships still kept well clear of the reef."))).toEqual(["Most ships still kept well clear of the reef."]);
  });

  it("puts the sentence's subject back before a clause that opens with its verb", () => {
    expect(laterClauses(sentence("The ferry crossed the estuary at dawn, and carried the mail to the island."))).toEqual(["The ferry carried the mail to the island."]);
    // ("reached the towns": a verb and its object, not an -ed word describing a subject.)
    expect(laterClauses(sentence("The traders crossed the pass in spring, and reached the towns of the coast by June."))).toEqual(["The traders reached the towns of the coast by June."]);
    expect(laterClauses(sentence("Ostrava Mill closed its looms in 1961, and slowly became a museum of weaving."))).toEqual(["Ostrava Mill slowly became a museum of weaving."]);
    // Only the sentence's own opening subject, and only after "and"/"but": not after a semicolon, not after a later clause.
    expect(laterClauses(sentence("The ferry crossed the estuary at dawn; carried the mail to the island."))).toEqual([]);
    expect(laterClauses(sentence("The ferry crossed at dawn, and spring tides turned at noon, and carried the boats back."))).toEqual(["Spring tides turned at noon, and carried the boats back."]);
  });

  it("puts back only a plain subject: never one holding, or followed by, a word that negates or hedges the first verb", () => {
    // "never" read into the subject would make "The raiding army never burned …", which the sentence contradicts.
    for (const text of [
      "The raiding army never reached the city of York in the autumn, but burned the villages along the coast of Yorkshire.",
      "The old ferry only crossed the strait in summer, and carried letters to the island.",
      "The relief column nearly lost its way in the snow, but found the pass by the third morning.",
      "The two mills hardly made a profit that decade, but kept the whole valley in work.",
      "The quarry no longer sells stone to the builders, but supplies gravel to the road makers.",
      "Vienna rarely paid its debts on time, and borrowed again from the Genoese bankers.",
      "The ferry slowly crossed the strait at dawn, and carried letters to the island.",
    ]) expect(laterClauses(sentence(text))).toEqual([]);
    // A plain subject, a name, and a noun in -ly are still put back.
    expect(laterClauses(sentence("The raiding army reached the city of York in the autumn, but burned the villages along the coast."))).toEqual([
      "The raiding army burned the villages along the coast.",
    ]);
    expect(laterClauses(sentence("The family sold the farm in 1902, and moved to a small house near the harbour."))).toEqual([
      "The family moved to a small house near the harbour.",
    ]);
    expect(laterClauses(sentence("Vienna paid its debts on time, and borrowed again from the Genoese bankers."))).toEqual([
      "Vienna borrowed again from the Genoese bankers.",
    ]);
  });

  it("takes a clause that explains after a colon, never a list", () => {
    expect(laterClauses(sentence("Fish have a single circuit: blood goes through the heart once per lap of the body."))).toEqual(["Blood goes through the heart once per lap of the body."]);
    expect(laterClauses(sentence("The guild kept three kinds of record: rolls of members, lists of fines and accounts of the hall."))).toEqual([]);
  });

  it("refuses a clause that needs the one before it", () => {
    for (const text of [
      "The ferry crossed the estuary at dawn, and it carried the mail to the island.",
      "The keepers lit the great lamp each night, and the other crew rowed out to the buoys.",
      "Sphagnum moss is the main builder of a raised bog: its cells store many times their own weight in water.",
      "Some taxes fall on what people earn; a baker who earns more pays a larger amount.",
      "Winter storms flood the lower fields; the same happens after a wet spring.",
      "Prices rose sharply that year, and these changes hit the poorest families hardest.",
      "The traders opened new routes to the east, and the old ones fell out of use within a generation.",
      "The lamp was lit at dusk, but most ships still kept well clear of it.",
      "The weavers built a hall in 1420; many other towns soon copied this idea.",
    ]) expect(laterClauses(sentence(text)), text).toEqual([]);
  });

  it("refuses a row of subjects joined by ', and' (one clause, not two)", () => {
    expect(laterClauses(sentence("The mouth, the teeth, and the stomach break food down into smaller pieces."))).toEqual([]);
    expect(laterClauses(sentence("Salt, wool, and most spices paid a toll at the bridge."))).toEqual([]);
  });

  it("takes a definite subject only when the title names its noun", () => {
    const text = "The service began in 1880, and the ferry carried mail across each morning.";
    expect(laterClauses(sentence(text), "The Kellby Harbour Ferry")).toEqual(["The ferry carried mail across each morning."]);
    expect(laterClauses(sentence(text), "Life in Kellby Harbour")).toEqual([]);
    expect(laterClauses(sentence("The charter was sealed in 1242, and the promises of the charter were soon broken."), "The Charter of Marlow")).toEqual(["The promises of the charter were soon broken."]);
  });
});

describe("statements cut from the main clause", () => {
  it("drops a linking word set inside the clause", () => {
    expect(trimToMainClause(at("Sundews, however,"))?.text).toBe("Sundews make up for the missing nutrients by trapping small insects on their sticky leaves.");
    expect(trimToMainClause(sentence("Imported cloth, by contrast, paid a duty at the city gate."))?.text).toBe("Imported cloth paid a duty at the city gate.");
  });

  it("refuses a subject that only points back, even after a short opening", () => {
    expect(trimToMainClause(sentence("By the spring of 1850 the situation in the valley had changed."))).toBeNull();
    expect(trimToMainClause(sentence("The other half of the tax is collected by the towns."))).toBeNull();
  });
});

describe("statements that say nothing a reader could mark False", () => {
  it("refuses a teaser that withholds its point, and progress or change with nothing said of what", () => {
    const text = [
      "The Weavers of Kell",
      "",
      "The weavers of Kell sold wool cloth to traders from across the northern coast for three centuries.",
      "Their guild built a great hall beside the river in 1420, and it met there every month.",
      "The guild's greatest gift to the town, however, was not a building at all.",
      "Working alone in the old dye works, the young widow Anna Brill made early progress.",
      "By 1610 the cloth trade of the whole town had changed, which worried the guild's masters.",
      "The guild taught every apprentice to read the cloth marks used in the market.",
    ].join("\n");
    const prompts: string[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q) => prompts.push(q.prompt) });
    expect(prompts).not.toContain("The guild's greatest gift to the town was not a building at all.");
    expect(prompts).not.toContain("The young widow Anna Brill made early progress.");
    expect(prompts).not.toContain("By 1610 the cloth trade of the whole town had changed.");
    // (The article's plain claims are still stated.)
    expect(prompts).toContain("The weavers of Kell sold wool cloth to traders from across the northern coast for four centuries.");
  });
});

describe("the raised-bog article's quiz", () => {
  it("turns 'lower' used as a verb into 'raise', not 'higher'", () => {
    const prompts: string[] = [];
    generateQuestions(bogs, { count: 10, seed: 1, trace: (q) => prompts.push(q.prompt) });
    expect(prompts).toContain("Drainage ditches raise the water table.");
    expect(prompts.join("\n")).not.toMatch(/\bhigher the\b/);
  });

  it("asks a later clause as a true statement, and no statement leans on a clause cut away", () => {
    const { questions } = generateQuestions(bogs, { count: 10, seed: 1 });
    const statements = questions.filter((q) => q.type === "TRUE_FALSE");
    expect(statements.map((q) => [q.prompt, q.answerText])).toContainEqual(["Rainwater becomes the only source of water for the plants.", "True"]);
    for (const q of statements) expect(q.prompt).not.toMatch(/\b(?:it|its|they|their)\b/i);
  });
});

describe("a quiz short of eight questions", () => {
  const statement = (i: number, keyKind: GeneratedQuestion["keyKind"] = "statement") =>
    statementQuestion({ statement: `Statement ${i} says a thing of its own.`, isTrue: true, source: { sentence: `Statement ${i} says a thing of its own.`, start: i * 100, end: i * 100 + 37, answer: { start: i * 100, end: i * 100 + 37 } }, keyKind, confidence: 0.8, score: 1 - i / 100 });
  const typed = (i: number): GeneratedQuestion => ({
    type: "FILL_BLANK",
    prompt: `Sentence ${i} names the value _____ here.`,
    options: [],
    answerKey: { kind: "text", accepted: [`v${i}`] },
    answerText: `v${i}`,
    source: { sentence: `Sentence ${i} names the value v${i} here.`, start: i * 100, end: i * 100 + 40, answer: { start: i * 100 + 30, end: i * 100 + 32 } },
    spanType: "TERM",
    keyKind: "term",
    score: 0.9,
    confidence: 0.8,
  });

  it("takes a third true statement cut from the article, never a fourth, and never a third copy", () => {
    const quiz = selectQuestions([1, 2, 3, 4].map((i) => statement(i)), 10, ["TRUE_FALSE"], createRandom(3));
    expect(quiz.filter((q) => q.answerText === "True")).toHaveLength(3);
    const copies = selectQuestions([1, 2, 3, 4].map((i) => statement(i, "name")), 10, ["TRUE_FALSE"], createRandom(3));
    expect(copies).toHaveLength(2);
  });

  it("keeps two true statements in a quiz of eight or more without a third", () => {
    const quiz = selectQuestions([...[1, 2, 3, 4].map((i) => statement(i)), ...[5, 6, 7, 8, 9, 10, 11].map(typed)], 10, ["TRUE_FALSE", "FILL_BLANK"], createRandom(3));
    expect(quiz.filter((q) => q.answerText === "True")).toHaveLength(2);
  });
});
