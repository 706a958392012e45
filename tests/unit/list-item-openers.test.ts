import { describe, expect, it } from "vitest";
import { repairContext } from "@/lib/generation/check-context";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { needsContext } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Invented sentences: a list of reasons introduced by one sentence, its items opened by "First,", "Second,", "Finally,".
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });
const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "name" });

const text =
  "The Tarn Mill\n\nThe Tarn mill closed for three reasons in the winter of 1890. First, the river froze over for most of January. Second, the miller Oren Pask fell ill with a fever. Third, the grain barges stopped at Holm.";

function at(i: number) {
  const { sentences } = parseArticle(text);
  const s = sentences[i]!;
  return { sentences, s, source: (word: string) => ({ sentence: s.text, start: s.start, end: s.end, answer: { start: s.start + s.text.indexOf(word), end: s.start + s.text.indexOf(word) + word.length } }) };
}

describe("an ordinal opener ties the sentence to the list the one before introduces", () => {
  it("reads 'Second,', 'Finally,', 'Also,' before a comma as pointing back, and a story's 'Finally' without one as not", () => {
    expect(needsContext(sentence("Second, the miller fell ill with a fever in the spring."))).toBe(true);
    expect(needsContext(sentence("Finally, the grain barges stopped coming to the quay."))).toBe(true);
    expect(needsContext(sentence("Also, the roads to the mill were closed by snow."))).toBe(true);
    expect(needsContext(sentence("Lastly, the owners sold the wheel to a rival mill."))).toBe(true);
    expect(needsContext(sentence("Finally the barges reached the quay after a week."))).toBe(false);
    expect(needsContext(sentence("Second Street runs past the mill to the quay."))).toBe(false);
  });

  it("shows the sentence that introduces the list, never just cutting the opener", () => {
    const { sentences, s, source } = at(1);
    expect(s.text.startsWith("First,")).toBe(true);
    const q = question({ type: "MULTIPLE_CHOICE", prompt: "First, the river froze over for most of _____.", answerText: "January", keyKind: "date", options: opts("January", "March", "May"), source: source("January") });
    expect(repairContext(q, sentences, 1, "The Tarn Mill", () => 0, text)).toBeNull();
    expect(q.prompt).toBe("The Tarn mill closed for three reasons in the winter of 1890. First, the river froze over for most of _____.");
  });

  it("drops a stem whose sentence before is itself an item, and a statement cut from an item", () => {
    const second = at(2);
    const q = question({ type: "MULTIPLE_CHOICE", prompt: "Second, the miller _____ fell ill with a fever.", answerText: "Oren Pask", options: opts("Oren Pask", "Tam Hollis", "Bren Cole"), source: second.source("Oren Pask") });
    expect(repairContext(q, second.sentences, 2, "The Tarn Mill", () => 0, text)).toBe("stem-dangles");
    const first = at(1);
    const tf = question({ type: "TRUE_FALSE", prompt: "The river froze over for most of January.", answerText: "True", keyKind: "statement", options: opts("True", "False"), source: first.source("January") });
    expect(repairContext(tf, first.sentences, 1, "The Tarn Mill", () => 0, text)).toBe("stem-dangles");
  });

  it("asks no generated question from an item without the sentence that introduces the list", () => {
    const { sentences } = parseArticle(text);
    const intro = sentences[0]!.text;
    for (const q of [1, 2, 3].flatMap((seed) => generateQuestions(text, { count: 20, seed }).questions)) {
      const item = sentences.slice(1).find((s) => q.source.start === s.start);
      if (!item || q.type === "ORDERING" || q.type === "MATCHING") continue;
      expect(q.prompt.startsWith(intro.slice(0, 20)) && !q.prompt.startsWith(item.text.slice(0, 12)), q.prompt).toBe(true);
    }
  });
});
