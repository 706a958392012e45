import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generation/random";
import { gradeAnswer } from "@/lib/quiz/grade-answer";
import { needsALook } from "@/lib/quizzes/needs-a-look";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { blankDraft, draftFromQuestion, questionFromDraft } from "@/lib/quizzes/question-draft";
import { messagesByPath, QuestionDraftSchema, type QuestionDraft } from "@/lib/quizzes/schema";

const DRAFTS: QuestionDraft[] = [
  { type: "MULTIPLE_CHOICE", prompt: "Which river feeds the lake?", options: [{ text: "Alder", right: false }, { text: "Brook", right: true }, { text: "Cedar", right: false }] },
  { type: "TRUE_FALSE", prompt: "The dam opened in 1971.", answer: false },
  { type: "FILL_BLANK", prompt: "The dam is on the _____ river.", accepted: ["Volta", "the Volta"] },
  { type: "ORDERING", prompt: "Put these in time order.", items: ["Survey", "Construction", "Opening", "Flood"] },
  { type: "MATCHING", prompt: "Match each event to its year.", pairs: [{ left: "Survey", right: "1950" }, { left: "Opening", right: "1965" }, { left: "Flood", right: "1968" }] },
];

function problems(draft: unknown): Record<string, string> {
  const parsed = QuestionDraftSchema.safeParse(draft);
  return parsed.success ? {} : messagesByPath(parsed.error);
}

describe("the question draft schema (shared by the editor form and its actions)", () => {
  it("accepts a sound draft of every type", () => {
    for (const d of DRAFTS) expect(problems(d), d.type).toEqual({});
  });

  it("asks for exactly one right option", () => {
    const none = { ...DRAFTS[0]!, options: [{ text: "A", right: false }, { text: "B", right: false }] };
    const two = { ...DRAFTS[0]!, options: [{ text: "A", right: true }, { text: "B", right: true }] };
    expect(problems(none)).toEqual({ options: "Mark the right option." });
    expect(problems(two)).toEqual({ options: "Only one option can be right." });
  });

  it("refuses empty and repeated options, items and answers, with the field that is wrong", () => {
    expect(problems({ ...DRAFTS[0]!, options: [{ text: "Alder", right: true }, { text: "  ", right: false }] })).toEqual({ "options.1.text": "An option cannot be empty." });
    expect(problems({ ...DRAFTS[0]!, options: [{ text: "Alder", right: true }, { text: "alder ", right: false }] })).toEqual({ "options.1.text": "This option repeats another." });
    expect(problems({ ...DRAFTS[2]!, accepted: [] })).toEqual({ accepted: "Give at least one accepted answer." });
    expect(problems({ ...DRAFTS[3]!, items: ["One", "Two", "one"] })).toEqual({ "items.2": "This item repeats another." });
    expect(problems({ ...DRAFTS[4]!, pairs: [{ left: "A", right: "1" }, { left: "B", right: "1" }] })).toEqual({ "pairs.1.right": "This item repeats another." });
    expect(problems({ ...DRAFTS[1]!, prompt: " " })).toEqual({ prompt: "Write the question." });
  });

  it("needs a key that fits the type", () => {
    expect(problems({ type: "TRUE_FALSE", prompt: "Sky is green.", answer: "maybe" })).toEqual({ answer: "Choose True or False." });
    expect(problems({ type: "ORDERING", prompt: "Order", items: ["Only one"] })).toEqual({ items: "Give at least two items." });
  });

  it("offers blank drafts the form can fill in", () => {
    for (const d of DRAFTS) expect(blankDraft(d.type).type).toBe(d.type);
  });
});

describe("drafts to stored questions and back", () => {
  it("round-trips every type, and the stored key grades the intended answer right", () => {
    const random = createRandom(3);
    for (const d of DRAFTS) {
      const stored = questionFromDraft(d, random);
      expect(draftFromQuestion(stored), d.type).toEqual(d);
      const question = { id: "q", type: stored.type, options: stored.options, answerKey: stored.answerKey, points: 1 };
      const key = stored.answerKey;
      const answer = key.kind === "text" ? { kind: "text" as const, value: d.type === "FILL_BLANK" ? d.accepted[0]! : "" } : key;
      expect(gradeAnswer(question, answer).correct, d.type).toBe(true);
    }
  });

  it("never shows ordering items or matching answers in the key's order, and ids say nothing", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const ordering = questionFromDraft(DRAFTS[3]!, createRandom(seed));
      expect(ordering.options.map((o) => o.text)).not.toEqual(["Survey", "Construction", "Opening", "Flood"]);
      const matching = questionFromDraft(DRAFTS[4]!, createRandom(seed));
      const right = matching.options.filter((o) => o.side === "right").map((o) => o.text);
      expect(right).not.toEqual(["1950", "1965", "1968"]);
      for (const o of [...ordering.options, ...matching.options]) expect(o.id).toMatch(/^[0-9a-z]{10}$/);
    }
  });
});

describe("needs a look", () => {
  it("flags an unsure generated question until the teacher edits or checks it", () => {
    const unsure = { confidence: 0.3, editedAt: null, checkedAt: null };
    expect(needsALook(unsure)).toBe(true);
    expect(needsALook({ ...unsure, confidence: 0.9 })).toBe(false);
    expect(needsALook({ ...unsure, confidence: null })).toBe(false);
    expect(needsALook({ ...unsure, editedAt: new Date() })).toBe(false);
    expect(needsALook({ ...unsure, checkedAt: new Date() })).toBe(false);
  });

  it("flags every question the generator put below its review line, not only those far below it", () => {
    expect(needsALook({ confidence: REVIEW_THRESHOLD - 0.05, editedAt: null, checkedAt: null })).toBe(true);
    expect(needsALook({ confidence: REVIEW_THRESHOLD, editedAt: null, checkedAt: null })).toBe(false);
  });
});
