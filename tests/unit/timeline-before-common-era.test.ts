import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a queen of an invented river kingdom, her deeds dated "BC". The year's span leaves the era out, so read as
// years of the era, "earliest first" put 1462 BC before 1479 BC (a wrong key), and the events kept a stray "BC".
const queen =
  "Queen Amaret of Tesh\n\nQueen Amaret was a ruler of the river kingdom of Tesh. Amaret was born around 1507 BC in the palace at Hennu. " +
  "In 1479 BC Amaret became regent for her young nephew. In 1473 BC Amaret took the full title of queen. In 1465 BC Amaret sent a trading fleet to the southern coast. " +
  "Amaret built a great temple at Deir Sefa in 1462 BC. Amaret died in 1458 BC, and her nephew ruled alone.";

describe("events dated before the common era", () => {
  it("are not put in time order: their years count down", () => {
    const { sentences } = parseArticle(queen);
    expect(findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, [])))).toEqual([]);
    const { questions } = generateQuestions(queen, { count: 10, seed: 1 });
    expect(questions.filter((q) => q.type === "ORDERING" || q.type === "MATCHING")).toEqual([]);
  });

  it("still orders events of the common era", () => {
    const text = "The Mills of Tarrow\n\nIn 1820 the guild built the lower mill on the river. In 1851 the guild built the upper mill beside the weir. In 1877 the miller rebuilt the weir with stone blocks.";
    const { sentences } = parseArticle(text);
    expect(findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).length).toBe(3);
  });
});
