import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { createRandom } from "@/lib/generation/random";
import { displayOptions } from "@/lib/quiz/display-options";
import { gradeAnswer } from "@/lib/quiz/grade-answer";
import { hasOpaqueOptionIds, randomOptionId, rewriteAnswer, sortSpellsKey, withOpaqueOptionIds } from "@/lib/quiz/opaque-option-ids";
import type { Answer, AnswerKey, GradableQuestion } from "@/lib/quiz/types";

const article = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/berlin-wall.txt"), "utf8");
const ALL_TYPES = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"] as const;

/** A seeded id source, so a failure can be replayed. */
function seededIds(seed: number) {
  const random = createRandom(seed);
  return () => Array.from({ length: 10 }, () => Math.floor(random() * 36).toString(36)).join("");
}

function keyAsAnswer(key: AnswerKey): Answer {
  return key.kind === "text" ? { kind: "text", value: key.accepted[0]! } : key;
}

describe("opaque option ids", () => {
  it("are ten random base-36 characters, all different", () => {
    const ids = new Set(Array.from({ length: 2000 }, randomOptionId));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
  });

  it("replace every generated id of every type, with the key rewritten to grade the same", () => {
    const seen = new Set<string>();
    for (const type of ALL_TYPES) {
      const questions = generateQuestions(article, { count: 3, seed: 7, types: [type] }).questions;
      expect(questions.length, type).toBeGreaterThan(0);
      for (const q of questions) {
        expect(hasOpaqueOptionIds(q.options), `${type} before`).toBe(q.options.length === 0);
        const opaque = withOpaqueOptionIds(q, seededIds(q.prompt.length));
        expect(hasOpaqueOptionIds(opaque.options)).toBe(true);
        expect(opaque.options.map((o) => o.text)).toEqual(q.options.map((o) => o.text));
        expect(opaque.options.map((o) => o.side)).toEqual(q.options.map((o) => o.side));
        const gradable: GradableQuestion = { id: "q", type: q.type, points: 1, options: opaque.options, answerKey: opaque.answerKey };
        // The key, spoken in the old ids and rewritten, is still right; nothing old survives.
        expect(gradeAnswer(gradable, rewriteAnswer(keyAsAnswer(q.answerKey), opaque.mapping)).correct).toBe(true);
        const text = JSON.stringify(opaque);
        for (const o of q.options) if (!["true", "false"].includes(o.id)) expect(text).not.toMatch(new RegExp(`"${o.id}"`));
        seen.add(type);
      }
    }
    expect([...seen].sort()).toEqual([...ALL_TYPES].sort());
  });

  it("are drawn again when sorting them would spell an ordering or pair a matching", () => {
    // A source whose first draw counts up (so sorts into key order and must be refused), then random.
    let n = 0;
    const random = seededIds(3);
    const counting = () => (n++ < 4 ? (n - 1).toString(36).padStart(10, "0") : random());
    const ordering = { options: ["e1", "e2", "e3"].map((id) => ({ id, text: id })), answerKey: { kind: "order" as const, itemIds: ["e1", "e2", "e3"] } };
    const out = withOpaqueOptionIds(ordering, counting);
    expect(sortSpellsKey(out.options, out.answerKey)).toBe(false);
    expect(n).toBeGreaterThan(3);

    const matching = {
      options: [
        { id: "l1", text: "A", side: "left" as const },
        { id: "l2", text: "B", side: "left" as const },
        { id: "r1", text: "1", side: "right" as const },
        { id: "r2", text: "2", side: "right" as const },
      ],
      answerKey: { kind: "match" as const, pairs: { l1: "r1", l2: "r2" } },
    };
    expect(sortSpellsKey(matching.options, matching.answerKey)).toBe(true);
    n = 0;
    const m = withOpaqueOptionIds(matching, counting);
    expect(sortSpellsKey(m.options, m.answerKey)).toBe(false);
    // Paired ids share nothing a student could line up: no common suffix after a one-letter prefix.
    const pairs = m.answerKey.kind === "match" ? Object.entries(m.answerKey.pairs) : [];
    for (const [l, r] of pairs) expect(l.slice(1)).not.toBe(r.slice(1));
  });
});

describe("the order options are shown in", () => {
  const q = (type: GradableQuestion["type"], ids: string[], key: AnswerKey) => ({ id: "q1", type, options: ids.map((id) => ({ id, text: id })), answerKey: key });

  it("differs between attempts, is stable for one attempt, and never shows an ordering solved", () => {
    const mc = q("MULTIPLE_CHOICE", ["a1", "b2", "c3", "d4"], { kind: "choice", optionId: "a1" });
    const orders = new Set(Array.from({ length: 30 }, (_, i) => displayOptions(mc, `attempt-${i}`).map((o) => o.id).join()));
    expect(orders.size).toBeGreaterThan(5);
    expect(displayOptions(mc, "attempt-1")).toEqual(displayOptions(mc, "attempt-1"));

    const ordering = q("ORDERING", ["x", "y", "z"], { kind: "order", itemIds: ["x", "y", "z"] });
    for (let i = 0; i < 200; i++) expect(displayOptions(ordering, `a${i}`).map((o) => o.id).join()).not.toBe("x,y,z");

    const matching = {
      id: "q2",
      type: "MATCHING" as const,
      options: [
        { id: "l1", text: "A", side: "left" as const },
        { id: "l2", text: "B", side: "left" as const },
        { id: "r1", text: "1", side: "right" as const },
        { id: "r2", text: "2", side: "right" as const },
      ],
      answerKey: { kind: "match" as const, pairs: { l1: "r1", l2: "r2" } },
    };
    for (let i = 0; i < 200; i++) {
      const shown = displayOptions(matching, `a${i}`);
      const left = shown.filter((o) => o.side === "left").map((o) => o.id);
      const right = shown.filter((o) => o.side === "right").map((o) => o.id);
      expect(left.every((l, k) => matching.answerKey.pairs[l as "l1" | "l2"] === right[k])).toBe(false);
    }

    const tf = q("TRUE_FALSE", ["t", "f"], { kind: "choice", optionId: "f" });
    expect(displayOptions(tf, "any").map((o) => o.id)).toEqual(["t", "f"]);
  });
});
