import { BLANK } from "@/lib/generation/blank";
import type { GeneratedQuestion } from "@/lib/generation/types";

/** The fields every one-sentence blank shares: the stem with the key blanked, the key's kind and span, its scores. */
function blankOn(sentence: string, key: string) {
  const start = sentence.indexOf(key);
  return {
    prompt: sentence.replace(key, BLANK),
    answerText: key,
    keyKind: "name",
    confidence: 0.7,
    score: 0.7,
    source: { sentence, start: 0, end: sentence.length, answer: { start, end: start + key.length } },
  };
}

/** A typed blank on `key` in the one-sentence article `sentence`, its stem the sentence with the key blanked. */
export function typedBlank(sentence: string, key: string): GeneratedQuestion {
  return { ...blankOn(sentence, key), type: "FILL_BLANK", options: [], answerKey: { kind: "text", accepted: [key] } } as unknown as GeneratedQuestion;
}

/** The same blank asked with options: the key first (`o0`), then `others`. */
export function choiceBlank(sentence: string, key: string, others: string[]): GeneratedQuestion {
  const options = [key, ...others].map((text, i) => ({ id: `o${i}`, text }));
  return { ...blankOn(sentence, key), type: "MULTIPLE_CHOICE", options, answerKey: { kind: "choice", optionId: "o0" } } as unknown as GeneratedQuestion;
}
