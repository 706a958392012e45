import { z } from "zod";

export const QuizIdSchema = z.object({ quizId: z.string().min(1).max(64) });
