import { BLANK } from "@/lib/generation/blank";
import type { GeneratedQuestion, KeyKind } from "@/lib/generation/types";

/**
 * A generated question for a check's unit test, from only what the test cares about: its prompt and key
 * (plus any field to override). The source sentence is the prompt with the key filled in, unless given;
 * choices are keyed by the option whose text is the key, a question without options is typed.
 */
export function draftQuestion(
  over: Partial<GeneratedQuestion> & { prompt: string; answerText: string },
  defaults: { keyKind?: KeyKind; confidence?: number; answerWhereFound?: boolean } = {},
): GeneratedQuestion {
  const sentence = over.source?.sentence ?? over.prompt.replace(BLANK, over.answerText);
  const options = over.options ?? [];
  const at = defaults.answerWhereFound ? Math.max(0, sentence.indexOf(over.answerText)) : 0;
  return {
    type: "MULTIPLE_CHOICE",
    answerKey: options.length ? { kind: "choice", optionId: options.find((o) => o.text === over.answerText)?.id ?? "a" } : { kind: "text", accepted: [over.answerText] },
    source: { sentence, start: 0, end: sentence.length, answer: { start: at, end: at + over.answerText.length } },
    spanType: "TERM",
    score: 1,
    keyKind: defaults.keyKind ?? "term",
    confidence: defaults.confidence ?? 0.7,
    ...over,
    options,
  };
}

/** Options a, b, c … with these texts. */
export const lettered = (...texts: string[]) => texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }));
