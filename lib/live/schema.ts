import { z } from "zod";
import { MAX_TYPED_ANSWER } from "../quiz/grade-answer";
import { cleanTypedAnswer } from "../quiz/normalize-answer";
import { MAX_ADDED_SECONDS, MAX_SECONDS_PER_QUESTION, MIN_SECONDS_PER_QUESTION } from "./game-machine";
import { Nickname } from "./nickname";

const Id = z.string().min(1).max(64);

export const Pin = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "The game PIN is 6 digits.");

export const JoinSchema = z.object({ pin: Pin, nickname: Nickname.optional() });

const QuestionIndex = z.number().int().min(0).max(500);

/** A live answer: the option picked, or the words typed (cleaned as self-paced play cleans them). */
export const AnswerSchema = z.union([
  z.strictObject({ index: QuestionIndex, optionId: Id }),
  z.strictObject({
    index: QuestionIndex,
    text: z
      .string()
      .max(MAX_TYPED_ANSWER, `Keep the answer under ${MAX_TYPED_ANSWER} characters.`)
      .transform(cleanTypedAnswer)
      .refine((v) => v.length > 0, "Type an answer first: an empty answer is not sent."),
  }),
]);
export type LiveAnswerInput = z.infer<typeof AnswerSchema>;

/** What is wrong with an answer body, in words a player understands. */
export function answerProblem(body: unknown): string {
  const typed = typeof body === "object" && body !== null && "text" in body;
  if (typed) {
    const issue = AnswerSchema.options[1].safeParse(body).error?.issues.find((i) => i.path[0] === "text");
    if (issue) return issue.message;
  }
  return "That answer could not be read.";
}

export const HostCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.enum(["start", "next", "skip", "pause", "resume", "end"]) }),
  z.object({ type: z.literal("add-time"), seconds: z.number().int().min(1).max(MAX_ADDED_SECONDS) }),
  z.object({ type: z.literal("remove"), playerId: Id }),
]);

export const StartGameSchema = z
  .object({
    quizId: Id,
    /** "" = no class: guests only. */
    classroomId: z.string().max(64).default(""),
    allowGuests: z.boolean().default(false),
    speedPoints: z.boolean().default(true),
    showLeaderboard: z.boolean().default(true),
    secondsPerQuestion: z.number().int().min(MIN_SECONDS_PER_QUESTION).max(MAX_SECONDS_PER_QUESTION),
    /** Play only the first n questions; absent = all. */
    questionCount: z.number().int().min(1).max(500).optional(),
  })
  .refine((v) => v.classroomId !== "" || v.allowGuests, { message: "Choose a class, or let guests join.", path: ["classroomId"] });
