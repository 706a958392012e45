import { z } from "zod";
import { cleanTypedAnswer, matchesTypedAnswer, normalizeAnswer } from "./normalize-answer";
import type { Answer, AnswerKey, Grade, GradableQuestion } from "./types";

const OptionId = z.string().min(1).max(64);
export const MAX_TYPED_ANSWER = 200;

export const AnswerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), optionId: OptionId }),
  z.object({
    kind: z.literal("text"),
    value: z
      .string()
      .max(MAX_TYPED_ANSWER, "Keep the answer short.")
      .transform(cleanTypedAnswer)
      .refine((v) => v.length > 0, "Type an answer first: an empty answer is not counted."),
  }),
  z.object({ kind: z.literal("order"), itemIds: z.array(OptionId).min(2).max(12) }),
  z.object({ kind: z.literal("match"), pairs: z.record(OptionId, OptionId) }),
]);

export const AnswerKeySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), optionId: OptionId }),
  z.object({ kind: z.literal("text"), accepted: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal("order"), itemIds: z.array(OptionId).min(2) }),
  z.object({ kind: z.literal("match"), pairs: z.record(OptionId, OptionId) }),
]);

const KIND_OF: Record<GradableQuestion["type"], Answer["kind"]> = {
  MULTIPLE_CHOICE: "choice",
  TRUE_FALSE: "choice",
  FILL_BLANK: "text",
  ORDERING: "order",
  MATCHING: "match",
};

/** Is this answer one the question can take (its kind, and only items it offers)? */
export function isAnswerFor(question: Pick<GradableQuestion, "options" | "type">, answer: Answer): boolean {
  if (KIND_OF[question.type] !== answer.kind) return false;
  const ids = new Set(question.options.map((o) => o.id));
  switch (answer.kind) {
    case "choice":
      return ids.has(answer.optionId);
    case "text":
      return cleanTypedAnswer(answer.value).length > 0;
    case "order":
      return answer.itemIds.length === ids.size && new Set(answer.itemIds).size === ids.size && answer.itemIds.every((i) => ids.has(i));
    case "match": {
      const left = question.options.filter((o) => o.side === "left").map((o) => o.id);
      const right = new Set(question.options.filter((o) => o.side === "right").map((o) => o.id));
      const keys = Object.keys(answer.pairs);
      return keys.length === left.length && left.every((l) => right.has(answer.pairs[l] ?? ""));
    }
  }
}

/** Grade one answer against the key. Correctness only; speed is the game's business. */
export function gradeAnswer(question: GradableQuestion, answer: Answer): Grade {
  const key = question.answerKey;
  let correct = false;
  if (answer.kind === "choice" && key.kind === "choice") correct = answer.optionId === key.optionId;
  else if (answer.kind === "text" && key.kind === "text") correct = matchesTypedAnswer(answer.value, key.accepted);
  else if (answer.kind === "order" && key.kind === "order") correct = answer.itemIds.join("\u0000") === key.itemIds.join("\u0000");
  else if (answer.kind === "match" && key.kind === "match") {
    const left = Object.keys(key.pairs);
    correct = left.length === Object.keys(answer.pairs).length && left.every((l) => answer.pairs[l] === key.pairs[l]);
  }
  return { correct, points: correct ? question.points : 0 };
}

/** The key parsed from storage; throws on a malformed key rather than grading wrongly. */
export function parseAnswerKey(raw: unknown): AnswerKey {
  return AnswerKeySchema.parse(raw);
}

/** Is a stored answer the same as this one (a replay rather than a change of mind)? */
export function sameAnswer(stored: unknown, answer: Answer): boolean {
  const parsed = AnswerSchema.safeParse(stored);
  if (!parsed.success || parsed.data.kind !== answer.kind) return false;
  const a = parsed.data;
  switch (answer.kind) {
    case "choice":
      return a.kind === "choice" && a.optionId === answer.optionId;
    case "text":
      return a.kind === "text" && normalizeAnswer(a.value) === normalizeAnswer(answer.value);
    case "order":
      return a.kind === "order" && a.itemIds.join("\u0000") === answer.itemIds.join("\u0000");
    case "match":
      return a.kind === "match" && JSON.stringify(sortKeys(a.pairs)) === JSON.stringify(sortKeys(answer.pairs));
  }
}

function sortKeys(pairs: Record<string, string>) {
  return Object.fromEntries(Object.entries(pairs).sort(([x], [y]) => x.localeCompare(y)));
}

/** The key as words, for a result page: the right option, the accepted answer, the order or the pairs. */
export function describeAnswer(options: { id: string; text: string }[], value: AnswerKey | Answer): string {
  const text = (id: string) => options.find((o) => o.id === id)?.text ?? "?";
  switch (value.kind) {
    case "choice":
      return text(value.optionId);
    case "text":
      return "accepted" in value ? value.accepted[0]! : value.value;
    case "order":
      return value.itemIds.map(text).join(" → ");
    case "match":
      return Object.entries(value.pairs)
        .map(([l, r]) => `${text(l)} — ${text(r)}`)
        .join("; ");
  }
}

/** The option id of a choice question's key (for code that only handles choice questions). */
export function choiceKeyOf(key: AnswerKey): string {
  if (key.kind !== "choice") throw new Error(`Expected a choice key, got ${key.kind}.`);
  return key.optionId;
}
