import type { AnswerKey, Option } from "../quiz/types";

/**
 * An option id that says nothing: random, so no order or pairing can be read
 * from the ids a student's browser receives (issue 8, item 1).
 */
export function newOptionId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return "o" + Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("");
}

/** The same question with fresh opaque option ids, its key rewritten to match. */
export function withOpaqueOptionIds<Q extends { options: Option[]; answerKey: AnswerKey }>(question: Q, makeId: () => string = newOptionId): Q {
  const ids = new Map(question.options.map((o) => [o.id, makeId()]));
  const id = (old: string) => ids.get(old) ?? old;
  const key = question.answerKey;
  const answerKey: AnswerKey =
    key.kind === "choice"
      ? { kind: "choice", optionId: id(key.optionId) }
      : key.kind === "order"
        ? { kind: "order", itemIds: key.itemIds.map(id) }
        : key.kind === "match"
          ? { kind: "match", pairs: Object.fromEntries(Object.entries(key.pairs).map(([l, r]) => [id(l), id(r)])) }
          : key;
  return { ...question, options: question.options.map((o) => ({ ...o, id: id(o.id) })), answerKey };
}
