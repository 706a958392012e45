import { z } from "zod";
import type { Option, QuestionType } from "../quiz/types";

const OptionsSchema = z.array(z.object({ id: z.string(), text: z.string(), side: z.enum(["left", "right"]).optional() }));

/** What a student's browser may hold before the answer is locked: no key, no explanation. */
export interface PublicQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: Option[];
}

export function toPublicQuestion(q: { id: string; type: QuestionType; prompt: string; options: unknown }): PublicQuestion {
  return { id: q.id, type: q.type, prompt: q.prompt, options: OptionsSchema.parse(q.options) };
}

export function parseOptions(raw: unknown): Option[] {
  return OptionsSchema.parse(raw);
}
