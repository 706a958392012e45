import type { Answer, AnswerKey, Option } from "./types";

/**
 * Option ids reach the student's browser, so they must say nothing about the
 * key: generated ids like "e1, e2, …" (ordering, in time order) or "l1"/"r1"
 * (matching pairs) can be sorted or paired into the answer. Every option of
 * every type gets a random id instead, and the key is rewritten to match.
 */

export const OPTION_ID_LENGTH = 10;
const OPAQUE = new RegExp(`^[0-9a-z]{${OPTION_ID_LENGTH}}$`);

/** Ten base-36 characters from the platform's cryptographic random source. */
export function randomOptionId(): string {
  const bytes = new Uint8Array(OPTION_ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  // 252 = 7 × 36: bytes at or above it are redrawn so every character is equally likely.
  let out = "";
  while (out.length < OPTION_ID_LENGTH) {
    for (const b of bytes) if (b < 252 && out.length < OPTION_ID_LENGTH) out += (b % 36).toString(36);
    globalThis.crypto.getRandomValues(bytes);
  }
  return out;
}

/** Does every option already carry an opaque id (so a stored question needs no rewrite)? */
export function hasOpaqueOptionIds(options: Option[]): boolean {
  return options.every((o) => OPAQUE.test(o.id));
}

export interface OpaqueQuestion {
  options: Option[];
  answerKey: AnswerKey;
  /** Old id -> new id, to rewrite stored answers to the same question. */
  mapping: Map<string, string>;
}

const MAX_DRAWS = 50;

/**
 * Give every option a fresh opaque id and rewrite the key consistently.
 * Draws again in the rare case where sorting the new ids would spell the key
 * (an ordering in key order, or matching pairs by sorted rank), so that even
 * by chance no sort of what the browser holds gives the answer away.
 */
export function withOpaqueOptionIds(question: { options: Option[]; answerKey: AnswerKey }, newId: () => string = randomOptionId): OpaqueQuestion {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const mapping = new Map<string, string>();
    for (const o of question.options) {
      let id = newId();
      while ([...mapping.values()].includes(id)) id = newId();
      mapping.set(o.id, id);
    }
    const options = question.options.map((o) => ({ ...o, id: mapping.get(o.id)! }));
    const answerKey = rewriteKey(question.answerKey, mapping);
    if (!sortSpellsKey(options, answerKey)) return { options, answerKey, mapping };
  }
  throw new Error("Could not draw option ids that hide the key; is the random source random?");
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Would sorting the option ids reveal the key? */
export function sortSpellsKey(options: Option[], key: AnswerKey): boolean {
  if (key.kind === "order") return [...key.itemIds].sort(byId).join() === key.itemIds.join();
  if (key.kind === "match") {
    const left = options.filter((o) => o.side === "left").map((o) => o.id).sort(byId);
    const right = options.filter((o) => o.side === "right").map((o) => o.id).sort(byId);
    return left.length > 1 && left.every((l, i) => key.pairs[l] === right[i]);
  }
  return false;
}

function mapId(mapping: Map<string, string>, id: string): string {
  const mapped = mapping.get(id);
  if (!mapped) throw new Error(`The key names an option the question does not have ("${id}").`);
  return mapped;
}

export function rewriteKey(key: AnswerKey, mapping: Map<string, string>): AnswerKey {
  switch (key.kind) {
    case "choice":
      return { kind: "choice", optionId: mapId(mapping, key.optionId) };
    case "text":
      return key;
    case "order":
      return { kind: "order", itemIds: key.itemIds.map((id) => mapId(mapping, id)) };
    case "match":
      return { kind: "match", pairs: Object.fromEntries(Object.entries(key.pairs).map(([l, r]) => [mapId(mapping, l), mapId(mapping, r)])) };
  }
}

/** A stored answer in the new ids; ids the question never had are kept (they were wrong anyway). */
export function rewriteAnswer(answer: Answer, mapping: Map<string, string>): Answer {
  const m = (id: string) => mapping.get(id) ?? id;
  switch (answer.kind) {
    case "choice":
      return { kind: "choice", optionId: m(answer.optionId) };
    case "text":
      return answer;
    case "order":
      return { kind: "order", itemIds: answer.itemIds.map(m) };
    case "match":
      return { kind: "match", pairs: Object.fromEntries(Object.entries(answer.pairs).map(([l, r]) => [m(l), m(r)])) };
  }
}
