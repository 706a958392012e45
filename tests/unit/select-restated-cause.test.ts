import { describe, expect, it } from "vitest";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { factChoice, factSource, factStatement } from "../support/fact-source";

// Our own article, written for this test: one fact a sentence.
const facts = [
  "The Pellan ferry crossed the Ossa river twice a day.",
  "Its hull was built of larch from the Vey hills.",
  "The ferry stopped running in winter, so the village of Tarl was cut off until spring.",
  "A boatman named Ivo Grell kept the ferry for thirty years.",
  "The fare was paid in eggs at the Dunmore landing.",
  "Floods carried the old landing away one March.",
  "The new landing was built of stone from Caddow.",
  "A bell at Sarne called the ferry from the far bank.",
  "The ferry carried the mail to Hollin every Friday.",
  "A bridge at Raske replaced the ferry in the end.",
];
const article = `The Pellan Ferry\n\n${facts.join(" ")}`;

const source = (i: number, key = facts[i]!) => factSource(article, facts, i, key);

const copy = (i: number, isTrue: boolean) => factStatement(article, facts, i, isTrue);

// "S2 because S1": the sentence's reason restated the other way round, never a copy of it.
const restated = (confidence: number) =>
  statementQuestion({ statement: "The village of Tarl was cut off until spring because the ferry stopped running in winter.", isTrue: true, source: source(2), keyKind: "cause", confidence, score: 0.7 });

const choice = (i: number, key: string) => factChoice(article, facts, i, key);

const choices = [choice(4, "Dunmore"), choice(6, "Caddow"), choice(7, "Sarne"), choice(8, "Hollin"), choice(9, "Raske"), choice(3, "Ivo Grell")];
const copies = [copy(0, true), copy(1, true), copy(5, false)];
const types: GeneratedQuestion["type"][] = ["MULTIPLE_CHOICE", "TRUE_FALSE"];

describe("a restated cause beside copied true statements", () => {
  it("fills a quiz short of the count beside two true copies: it is no copy of its sentence", () => {
    const cause = restated(0.7);
    const quiz = selectQuestions([...copies, cause, ...choices], 10, types, createRandom(1));
    expect(quiz).toContain(cause);
    expect(quiz).toHaveLength(10);
  });
});
