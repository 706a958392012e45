import { createRandom, shuffle } from "../generation/random";
import { seedFrom } from "./order-questions";
import type { AnswerKey, Option, QuestionType } from "./types";

/**
 * The order a student sees a question's options in, fixed per attempt (the
 * same on every reload) and different between classmates, so "it's the second
 * one" cannot be passed along. True/false keeps its natural order; an ordering
 * is never shown already solved, nor a matching with each row beside its partner.
 */
export function displayOptions(question: { id: string; type: QuestionType; options: Option[]; answerKey: AnswerKey }, attemptId: string): Option[] {
  const random = createRandom(seedFrom(`${attemptId}:${question.id}`));
  switch (question.type) {
    case "TRUE_FALSE":
    case "FILL_BLANK":
      return question.options;
    case "MATCHING": {
      const left = shuffle(question.options.filter((o) => o.side === "left"), random);
      const right = shuffle(question.options.filter((o) => o.side !== "left"), random);
      const pairs = question.answerKey.kind === "match" ? question.answerKey.pairs : {};
      const besidePartners = right.length > 1 && left.every((l, i) => pairs[l.id] === right[i]?.id);
      return [...left, ...(besidePartners ? [...right.slice(1), right[0]!] : right)];
    }
    case "ORDERING": {
      const shown = shuffle(question.options, random);
      const key = question.answerKey.kind === "order" ? question.answerKey.itemIds : [];
      const solved = shown.length > 1 && shown.every((o, i) => o.id === key[i]);
      return solved ? [...shown.slice(1), shown[0]!] : shown;
    }
    case "MULTIPLE_CHOICE":
      return shuffle(question.options, random);
  }
}
