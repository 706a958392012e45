import { z } from "zod";
import { RegradeChangeSchema } from "../quiz/regrade";

const Id = z.string().min(1).max(64);

export const ApplyRegradeSchema = z.object({
  quizId: Id,
  questionId: Id,
  change: RegradeChangeSchema,
  reason: z.string().trim().max(300, "Keep the reason under 300 characters.").default(""),
});

/** The regrade preview's address: /teacher/quizzes/[quizId]/regrade?question=…&kind=…&optionId=…|value=… */
export const RegradeQuerySchema = z
  .object({
    question: Id,
    kind: z.enum(["FIX_KEY", "ACCEPT_ANSWER", "DROP"]),
    optionId: z.string().max(64).optional(),
    value: z.string().max(200).optional(),
  })
  .transform((q, ctx) => {
    const change = RegradeChangeSchema.safeParse(q.kind === "FIX_KEY" ? { kind: q.kind, optionId: q.optionId } : q.kind === "ACCEPT_ANSWER" ? { kind: q.kind, value: q.value } : { kind: q.kind });
    if (!change.success) {
      ctx.addIssue({ code: "custom", message: change.error.issues[0]?.message ?? "That correction is incomplete." });
      return z.NEVER;
    }
    return { questionId: q.question, change: change.data };
  });
