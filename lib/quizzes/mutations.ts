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

/** The Fact ids of an article's sentences, by where each sentence starts. */
export async function factsByStart(articleId: string, tx: Prisma.TransactionClient = getDb()): Promise<Map<number, string>> {
  const facts = await tx.fact.findMany({ where: { articleId }, select: { id: true, start: true } });
  return new Map(facts.map((f) => [f.start, f.id]));
}

/**
 * A generated question as a Question row, bound to the Fact of its source
 * sentence. Option ids are replaced by random ones, so no id a student
 * receives hints at the key.
 */
export function generatedQuestionRow(q: GeneratedQuestion, factByStart: Map<number, string>) {
  const factId = factByStart.get(q.source.start);
  if (!factId) throw new Error(`No fact for the sentence at ${q.source.start}; the question would be unbound.`);
  const opaque = withOpaqueOptionIds(q);
  return {
    factId,
    type: q.type,
    prompt: q.prompt,
    options: opaque.options as unknown as Prisma.InputJsonValue,
    answerKey: opaque.answerKey as unknown as Prisma.InputJsonValue,
    // A question drawn from several sentences quotes them all.
    explanation: q.sources ? q.sources.map((src) => src.sentence).join(" ") : q.source.sentence,
    answerStart: q.sources ? null : q.source.answer.start,
    answerEnd: q.sources ? null : q.source.answer.end,
    // A generator that gives no confidence vouches for its question.
    confidence: q.confidence ?? 1,
  };
}

/** Store a quiz and its questions (a draft unless `publish`). */
export async function createQuiz(input: NewQuiz, tx: Prisma.TransactionClient = getDb()) {
  const factByStart = await factsByStart(input.articleId, tx);
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
    data: input.questions.map((q, position) => ({ quizId: quiz.id, position, ...generatedQuestionRow(q, factByStart) })),
  });
  return quiz;
}

/** Draft -> published; false when the quiz is not this teacher's or not a draft. */
export async function publishQuiz(teacherId: string, quizId: string, now = new Date()): Promise<boolean> {
  const { count } = await getDb().quiz.updateMany({ where: { id: quizId, ownerId: teacherId, status: "DRAFT" }, data: { status: "PUBLISHED", publishedAt: now } });
  return count === 1;
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
