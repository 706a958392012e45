import { BLANK } from "@/lib/generation/blank";
import type { GeneratedQuestion } from "@/lib/generation/types";

/** A typed blank on `key` in the one-sentence article `sentence`, its stem the sentence with the key blanked. */
export function typedBlank(sentence: string, key: string): GeneratedQuestion {
  const start = sentence.indexOf(key);
  return {
    type: "FILL_BLANK",
    prompt: sentence.replace(key, BLANK),
    options: [],
    answerKey: { kind: "text", accepted: [key] },
    answerText: key,
    keyKind: "name",
    confidence: 0.7,
    score: 0.7,
    source: { sentence, start: 0, end: sentence.length, answer: { start, end: start + key.length } },
  } as unknown as GeneratedQuestion;
}
