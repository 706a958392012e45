import { z } from "zod";

const QuizId = z.string().min(1).max(64);
const QuestionId = z.string().min(1).max(64);

export const QUESTION_TYPES = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);

export const MAX_QUESTIONS = 30;

/** The generate form: how many questions, of which types. */
export const GenerateQuizSchema = z.object({
  articleId: z.string().min(1).max(64),
  count: z.number({ error: "Enter a number of questions." }).int("Use a whole number.").min(1, "Ask for at least one question.").max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions.`),
  types: z.array(QuestionTypeSchema).min(1, "Choose at least one type of question.").max(QUESTION_TYPES.length),
});

const MAX_TEXT = 300;
const text = (what: string) => z.string().trim().min(1, `${what} cannot be empty.`).max(MAX_TEXT, `${what} is too long (at most ${MAX_TEXT} characters).`);
const prompt = z.string().trim().min(1, "Write the question.").max(600, "The question is too long (at most 600 characters).");

/**
 * A question as the editor shows it: texts only, no ids. One schema for the
 * form (inline messages) and the action (the server re-checks the same rules).
 */
export const QuestionDraftSchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("MULTIPLE_CHOICE"),
      prompt,
      options: z.array(z.object({ text: text("An option"), right: z.boolean() })).min(2, "Give at least two options.").max(6, "At most six options."),
    }),
    z.object({ type: z.literal("TRUE_FALSE"), prompt, answer: z.boolean({ error: "Choose True or False." }) }),
    z.object({
      type: z.literal("FILL_BLANK"),
      prompt,
      accepted: z.array(text("An accepted answer").max(200, "An accepted answer is at most 200 characters.")).min(1, "Give at least one accepted answer.").max(10, "At most ten accepted answers."),
    }),
    z.object({ type: z.literal("ORDERING"), prompt, items: z.array(text("An item")).min(2, "Give at least two items.").max(8, "At most eight items.") }),
    z.object({
      type: z.literal("MATCHING"),
      prompt,
      pairs: z.array(z.object({ left: text("A left item"), right: text("A right item") })).min(2, "Give at least two pairs.").max(6, "At most six pairs."),
    }),
  ])
  .superRefine((draft, ctx) => {
    const dup = (values: string[], path: (i: number) => (string | number)[], message: string) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        const norm = v.trim().toLowerCase().replace(/\s+/g, " ");
        if (norm && seen.has(norm)) ctx.addIssue({ code: "custom", path: path(i), message });
        seen.add(norm);
      });
    };
    switch (draft.type) {
      case "MULTIPLE_CHOICE": {
        const right = draft.options.filter((o) => o.right).length;
        if (right !== 1) ctx.addIssue({ code: "custom", path: ["options"], message: right === 0 ? "Mark the right option." : "Only one option can be right." });
        dup(draft.options.map((o) => o.text), (i) => ["options", i, "text"], "This option repeats another.");
        break;
      }
      case "FILL_BLANK":
        dup(draft.accepted, (i) => ["accepted", i], "This answer repeats another.");
        break;
      case "ORDERING":
        dup(draft.items, (i) => ["items", i], "This item repeats another.");
        break;
      case "MATCHING":
        dup(draft.pairs.map((p) => p.left), (i) => ["pairs", i, "left"], "This item repeats another.");
        dup(draft.pairs.map((p) => p.right), (i) => ["pairs", i, "right"], "This item repeats another.");
        break;
    }
  });
export type QuestionDraft = z.infer<typeof QuestionDraftSchema>;

export const QuizIdSchema = z.object({ quizId: QuizId });
export const QuestionRefSchema = z.object({ quizId: QuizId, questionId: QuestionId });
export const UpdateQuestionSchema = QuestionRefSchema.extend({ draft: QuestionDraftSchema });
export const MoveQuestionSchema = QuestionRefSchema.extend({ direction: z.enum(["up", "down"]) });
export const AddQuestionSchema = z.object({
  quizId: QuizId,
  draft: QuestionDraftSchema,
  /** Where the source sentence starts in the article; null = no source sentence. */
  sentenceStart: z.number().int().min(0).nullable(),
});
export const SentenceQuestionSchema = z.object({ quizId: QuizId, sentenceStart: z.number().int().min(0) });
export const PublishQuizSchema = z.object({
  quizId: QuizId,
  /** The teacher saw the "needs a look" list and publishes anyway. */
  confirmed: z.boolean().default(false),
});

/** Field path -> first message, for inline errors ("options.2.text", "prompt"). */
export function messagesByPath(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

