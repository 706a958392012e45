import "server-only";
import { getDb, Prisma } from "../db/client";
import { isForeignKeyViolation } from "../db/errors";
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

/**
 * A new draft with copies of the quiz's questions, on the same article; null
 * when the quiz is not this teacher's. Assignments and results stay with the original.
 */
export async function duplicateQuiz(teacherId: string, quizId: string) {
  return getDb().$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({
      where: { id: quizId, ownerId: teacherId },
      // Only the current version's questions; the copy starts at version 1.
      include: { questions: { where: { retiredInVersion: null }, orderBy: { position: "asc" } } },
    });
    if (!quiz) return null;
    const copy = await tx.quiz.create({
      data: {
        articleId: quiz.articleId,
        ownerId: teacherId,
        title: `${quiz.title} (copy)`.slice(0, 200),
        settings: quiz.settings as Prisma.InputJsonValue,
        seed: quiz.seed,
        status: "DRAFT",
      },
    });
    await tx.question.createMany({
      data: quiz.questions.map((q) => {
        // Everything but the question's own id and quiz, so columns added later are copied too.
        const rest: Partial<typeof q> = { ...q };
        delete rest.id;
        delete rest.quizId;
        rest.version = 1;
        return { ...(rest as Omit<typeof q, "id" | "quizId">), quizId: copy.id, options: q.options as Prisma.InputJsonValue, answerKey: q.answerKey as Prisma.InputJsonValue };
      }),
    });
    return copy;
  });
}

/** Archive or restore one of the teacher's quizzes; false when not theirs. Results are untouched. */
export async function setQuizArchived(teacherId: string, quizId: string, archived: boolean): Promise<boolean> {
  const { count } = await getDb().quiz.updateMany({
    where: { id: quizId, ownerId: teacherId },
    data: { archivedAt: archived ? new Date() : null },
  });
  return count === 1;
}

export type DeleteQuizResult = "deleted" | "not-found" | "has-results";

/**
 * Delete a quiz no student has started (its questions and assignments go with
 * it). One with attempts is refused: the schema would refuse it too, as
 * attempts never cascade.
 */
export async function deleteUnusedQuiz(teacherId: string, quizId: string): Promise<DeleteQuizResult> {
  const quiz = await getDb().quiz.findFirst({ where: { id: quizId, ownerId: teacherId }, select: { id: true } });
  if (!quiz) return "not-found";
  const attempts = await getDb().attempt.count({
    where: { OR: [{ quizId }, { assignment: { quizId } }, { liveGame: { quizId } }] },
  });
  if (attempts > 0) return "has-results";
  try {
    await getDb().quiz.delete({ where: { id: quiz.id } });
    return "deleted";
  } catch (err) {
    // An attempt started between the count and the delete.
    if (isForeignKeyViolation(err)) return "has-results";
    throw err;
  }
}
