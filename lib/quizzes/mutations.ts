import "server-only";
import { getDb, Prisma } from "../db/client";
import type { GeneratedQuestion } from "../generation/types";
import { withOpaqueOptionIds } from "../quiz/opaque-option-ids";
import { AssignmentSettingsSchema, parseAssignmentSettings, type AssignmentSettingsInput } from "../quiz/settings";

export interface NewQuiz {
  articleId: string;
  ownerId: string;
  title: string;
  seed: number;
  /** Defaults offered when the quiz is assigned; each assignment keeps its own. */
  settings?: AssignmentSettingsInput;
  questions: GeneratedQuestion[];
  publish?: boolean;
}

/**
 * Store a quiz and its questions, each bound to the Fact of its source
 * sentence. Option ids are replaced by random ones here, the one place
 * questions are stored, so no id a student receives hints at the key.
 */
export async function createQuiz(input: NewQuiz, tx: Prisma.TransactionClient = getDb()) {
  const facts = await tx.fact.findMany({ where: { articleId: input.articleId }, select: { id: true, start: true } });
  const factByStart = new Map(facts.map((f) => [f.start, f.id]));
  const quiz = await tx.quiz.create({
    data: {
      articleId: input.articleId,
      ownerId: input.ownerId,
      title: input.title,
      seed: input.seed,
      settings: AssignmentSettingsSchema.parse(input.settings ?? {}) as unknown as Prisma.InputJsonValue,
      status: input.publish ? "PUBLISHED" : "DRAFT",
      publishedAt: input.publish ? new Date() : null,
    },
  });
  await tx.question.createMany({
    data: input.questions.map((q, position) => {
      const factId = factByStart.get(q.source.start);
      if (!factId) throw new Error(`No fact for the sentence at ${q.source.start}; the question would be unbound.`);
      const opaque = withOpaqueOptionIds(q);
      return {
        quizId: quiz.id,
        factId,
        type: q.type,
        prompt: q.prompt,
        options: opaque.options as unknown as Prisma.InputJsonValue,
        answerKey: opaque.answerKey as unknown as Prisma.InputJsonValue,
        // A question drawn from several sentences quotes them all.
        explanation: q.sources ? q.sources.map((src) => src.sentence).join(" ") : q.source.sentence,
        answerStart: q.sources ? null : q.source.answer.start,
        answerEnd: q.sources ? null : q.source.answer.end,
        position,
      };
    }),
  });
  return quiz;
}

export interface NewAssignment {
  opensAt?: Date | null;
  dueAt?: Date | null;
  attemptsAllowed?: number;
  /** Absent: the quiz's own default settings. */
  settings?: AssignmentSettingsInput;
}

/** Assign a quiz to a class (callers check that both are the teacher's). */
export async function assignQuiz(quizId: string, classroomId: string, options: NewAssignment = {}, tx: Prisma.TransactionClient = getDb()) {
  const settings =
    options.settings !== undefined
      ? AssignmentSettingsSchema.parse(options.settings)
      : parseAssignmentSettings((await tx.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { settings: true } })).settings);
  return tx.assignment.create({
    data: {
      quizId,
      classroomId,
      opensAt: options.opensAt ?? null,
      dueAt: options.dueAt ?? null,
      attemptsAllowed: options.attemptsAllowed ?? 1,
      settings: settings as unknown as Prisma.InputJsonValue,
    },
  });
}
