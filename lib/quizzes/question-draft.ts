import { shuffle } from "../generation/random";
import type { AnswerKey, Option, QuestionType } from "../quiz/types";
import { randomOptionId } from "../quiz/opaque-option-ids";
import type { QuestionDraft } from "./schema";

export interface StoredQuestionContent {
  type: QuestionType;
  prompt: string;
  options: Option[];
  answerKey: AnswerKey;
}

const TRUE = "True";
const FALSE = "False";

/** A stored question as the editor's form shows it. */
export function draftFromQuestion(q: StoredQuestionContent): QuestionDraft {
  const textOf = (id: string) => q.options.find((o) => o.id === id)?.text ?? "";
  const key = q.answerKey;
  switch (q.type) {
    case "MULTIPLE_CHOICE":
      return { type: q.type, prompt: q.prompt, options: q.options.map((o) => ({ text: o.text, right: key.kind === "choice" && key.optionId === o.id })) };
    case "TRUE_FALSE":
      return { type: q.type, prompt: q.prompt, answer: key.kind === "choice" && textOf(key.optionId) === TRUE };
    case "FILL_BLANK":
      return { type: q.type, prompt: q.prompt, accepted: key.kind === "text" ? key.accepted : [] };
    case "ORDERING":
      return { type: q.type, prompt: q.prompt, items: key.kind === "order" ? key.itemIds.map(textOf) : q.options.map((o) => o.text) };
    case "MATCHING": {
      const pairs = key.kind === "match" ? key.pairs : {};
      return { type: q.type, prompt: q.prompt, pairs: q.options.filter((o) => o.side === "left").map((l) => ({ left: l.text, right: textOf(pairs[l.id] ?? "") })) };
    }
  }
}

/** Shown order that is never the key's order (for two or more items). */
function scrambled<T>(items: T[], random: () => number): T[] {
  if (items.length < 2) return items;
  for (let i = 0; i < 8; i++) {
    const out = shuffle(items, random);
    if (out.some((item, j) => item !== items[j])) return out;
  }
  return [...items.slice(1), items[0]!];
}

/**
 * A validated draft as stored: fresh opaque option ids, the key rewritten to
 * them, and ordering items and matching answers shown in an order that gives
 * nothing away.
 */
export function questionFromDraft(draft: QuestionDraft, random: () => number = Math.random, makeId: () => string = randomOptionId): StoredQuestionContent {
  const prompt = draft.prompt.trim();
  switch (draft.type) {
    case "MULTIPLE_CHOICE": {
      const options = draft.options.map((o) => ({ id: makeId(), text: o.text.trim() }));
      const right = draft.options.findIndex((o) => o.right);
      return { type: draft.type, prompt, options, answerKey: { kind: "choice", optionId: options[right]!.id } };
    }
    case "TRUE_FALSE": {
      const options = [
        { id: makeId(), text: TRUE },
        { id: makeId(), text: FALSE },
      ];
      return { type: draft.type, prompt, options, answerKey: { kind: "choice", optionId: options[draft.answer ? 0 : 1]!.id } };
    }
    case "FILL_BLANK":
      return { type: draft.type, prompt, options: [], answerKey: { kind: "text", accepted: draft.accepted.map((a) => a.trim()) } };
    case "ORDERING": {
      const items = draft.items.map((text) => ({ id: makeId(), text: text.trim() }));
      return { type: draft.type, prompt, options: scrambled(items, random), answerKey: { kind: "order", itemIds: items.map((i) => i.id) } };
    }
    case "MATCHING": {
      const left = draft.pairs.map((p) => ({ id: makeId(), text: p.left.trim(), side: "left" as const }));
      const right = draft.pairs.map((p) => ({ id: makeId(), text: p.right.trim(), side: "right" as const }));
      const pairs = Object.fromEntries(left.map((l, i) => [l.id, right[i]!.id]));
      return { type: draft.type, prompt, options: [...left, ...scrambled(right, random)], answerKey: { kind: "match", pairs } };
    }
  }
}

/** An empty draft of a type, for "add a question". */
export function blankDraft(type: QuestionType): QuestionDraft {
  switch (type) {
    case "MULTIPLE_CHOICE":
      return { type, prompt: "", options: [0, 1, 2, 3].map((i) => ({ text: "", right: i === 0 })) };
    case "TRUE_FALSE":
      return { type, prompt: "", answer: true };
    case "FILL_BLANK":
      return { type, prompt: "", accepted: [""] };
    case "ORDERING":
      return { type, prompt: "", items: ["", "", ""] };
    case "MATCHING":
      return { type, prompt: "", pairs: [0, 1, 2].map(() => ({ left: "", right: "" })) };
  }
}
