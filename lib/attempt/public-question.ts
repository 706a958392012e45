import { z } from "zod";
import { displayOptions } from "../quiz/display-options";
import { parseAnswerKey } from "../quiz/grade-answer";
import type { Option, QuestionType } from "../quiz/types";

const OptionsSchema = z.array(z.object({ id: z.string(), text: z.string(), side: z.enum(["left", "right"]).optional() }));

/** What a student's browser may hold before the answer is locked: no key, no explanation. */
export interface PublicQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: Option[];
}

/**
 * A question as sent to the player: its options in this attempt's own order
 * (the key is read only to avoid showing an ordering already solved).
 */
export function toPublicQuestion(q: { id: string; type: QuestionType; prompt: string; options: unknown; answerKey: unknown }, attemptId: string): PublicQuestion {
  const options = displayOptions({ id: q.id, type: q.type, options: OptionsSchema.parse(q.options), answerKey: parseAnswerKey(q.answerKey) }, attemptId);
  return { id: q.id, type: q.type, prompt: q.prompt, options: options.map(({ id, text, side }) => (side ? { id, text, side } : { id, text })) };
}

export function parseOptions(raw: unknown): Option[] {
  return OptionsSchema.parse(raw);
}
