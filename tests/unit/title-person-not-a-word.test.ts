import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// An invented "on this day" article whose title holds a word the name finder may take for a person's ("Freedom"), which the
// body also writes as an ordinary word; its "he" is the prince.
const ARTICLE = [
  "Tarn Declares Its Freedom from Vask",
  "Date: 3 March 1790",
  "On 3 March 1790, Prince Odo of Vask declared that Tarn would be free. He was crowned King Odo I of Tarn soon after.",
  "",
  "Key facts",
  "Location: Brell, Tarn",
  "Key figure: Prince Odo",
  "Ruled before freedom: the Kingdom of Vask",
  "Famous words: \"Freedom or the grave!\"",
  "",
  "What Happened?",
  "Tarn had been a Vask province since the 1600s. In 1788 the old king sailed home to Vask and left his son Odo behind to govern Tarn. The council in Vask then ordered Odo to come home as well. He refused, and on 3 March 1790, beside the river at Brell, he raised his sword and shouted \"Liberdad o muerte!\", meaning \"Freedom or the grave!\". He was proclaimed king on 9 April and crowned on 2 May 1790.",
  "",
  "Why Does It Matter?",
  "Freedom took years to secure. Vask troops fought on in the hill provinces until 1792, and Vask only accepted the new kingdom in 1795, after Tarn agreed to pay a large sum. In 1811 Odo I stepped down so that his young son could rule.",
].join("\n");

describe("the title's person", () => {
  it("is no word the article also writes in lower case: 'he' is never written as 'Freedom'", () => {
    for (const seed of [1, 2, 3]) {
      const prompts = generateQuestions(ARTICLE, { count: 10, seed, keepUnsure: true }).questions.map((q) => q.prompt);
      expect(prompts.filter((p) => /^Freedom (?:was|refused|raised)\b/.test(p))).toEqual([]);
    }
  });
});
