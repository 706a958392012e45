import "server-only";
import { getDb, Prisma } from "../db/client";
import type { StoredQuestionContent } from "./question-draft";
import { editableVersion } from "./versions";

/*
 * Writes to the current version's questions. Each carries the owner in its
 * `where`; a missing or foreign question reads as null/false ("not found").
 * A row the current version shares with an older one is never changed in place:
 * it is retired in this version and replaced by a copy (copy-on-write).
 */

type Tx = Prisma.TransactionClient;

const CURRENT = { retiredInVersion: null };

function findCurrent(tx: Tx, teacherId: string, quizId: string, questionId: string) {
  return tx.question.findFirst({ where: { id: questionId, quizId, quiz: { ownerId: teacherId }, ...CURRENT } });
}

function contentData(content: StoredQuestionContent) {
  return {
    type: content.type,
    prompt: content.prompt,
    options: content.options as unknown as Prisma.InputJsonValue,
    answerKey: content.answerKey as unknown as Prisma.InputJsonValue,
  };
}

type QuestionChange = Omit<Prisma.QuestionUncheckedCreateInput, "id" | "quizId" | "position" | "version" | "retiredInVersion">;

/** Apply a change to a current question, in place or copy-on-write. Returns the (possibly new) id. */
async function changeQuestion(tx: Tx, teacherId: string, quizId: string, questionId: string, change: Partial<QuestionChange>): Promise<string | null> {
  const question = await findCurrent(tx, teacherId, quizId, questionId);
  if (!question) return null;
  const version = await editableVersion(tx, quizId);
  if (question.version === version) {
    await tx.question.update({ where: { id: question.id }, data: change });
    return question.id;
  }
  await tx.question.update({ where: { id: question.id }, data: { retiredInVersion: version } });
  const { id: _old, options, answerKey, ...rest } = question;
  void _old;
  const copy = await tx.question.create({
    data: { ...rest, options: options as Prisma.InputJsonValue, answerKey: answerKey as Prisma.InputJsonValue, ...change, version, retiredInVersion: null },
    select: { id: true },
  });
  return copy.id;
}

/** The teacher's own words for a question: marked edited, so regeneration leaves it alone. */
export function updateQuestionContent(teacherId: string, quizId: string, questionId: string, content: StoredQuestionContent, now = new Date()) {
  return getDb().$transaction((tx) => changeQuestion(tx, teacherId, quizId, questionId, { ...contentData(content), editedAt: now }));
}

/** A generated replacement for an unedited question (same sentence, another seed). */
export function replaceWithGenerated(teacherId: string, quizId: string, questionId: string, row: Omit<QuestionChange, "editedAt" | "checkedAt" | "handMade">) {
  return getDb().$transaction(async (tx) => {
    const question = await findCurrent(tx, teacherId, quizId, questionId);
    if (!question || question.editedAt || question.handMade) return null;
    return changeQuestion(tx, teacherId, quizId, questionId, { ...row, checkedAt: null });
  });
}

/** "Looks right": the teacher checked a question the generator was unsure of. Not a content change. */
export async function markQuestionChecked(teacherId: string, quizId: string, questionId: string, now = new Date()): Promise<boolean> {
  const { count } = await getDb().question.updateMany({ where: { id: questionId, quizId, quiz: { ownerId: teacherId }, ...CURRENT }, data: { checkedAt: now } });
  return count === 1;
}

/** Remove a question from the current version (deleted, or retired when an older version holds it). */
export function deleteQuestion(teacherId: string, quizId: string, questionId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const question = await findCurrent(tx, teacherId, quizId, questionId);
    if (!question) return false;
    const version = await editableVersion(tx, quizId);
    if (question.version === version) await tx.question.delete({ where: { id: question.id } });
    else await tx.question.update({ where: { id: question.id }, data: { retiredInVersion: version } });
    return true;
  });
}

/**
 * Swap a question with its neighbour. Order is not part of what an attempt
 * answered (each attempt keeps its own question order), so no new version.
 */
export function moveQuestion(teacherId: string, quizId: string, questionId: string, direction: "up" | "down"): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const questions = await tx.question.findMany({
      where: { quizId, quiz: { ownerId: teacherId }, ...CURRENT },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const from = questions.findIndex((q) => q.id === questionId);
    if (from < 0) return false;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= questions.length) return true;
    const order = questions.map((q) => q.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    // Renumber all: positions stay dense however rows came and went.
    for (const [position, id] of order.entries()) await tx.question.update({ where: { id }, data: { position } });
    return true;
  });
}

/** A new question at the end of the current version. Null when the quiz is not this teacher's. */
export function addQuestion(
  teacherId: string,
  quizId: string,
  row: Omit<QuestionChange, "version"> & { factId: string | null },
): Promise<string | null> {
  return getDb().$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({ where: { id: quizId, ownerId: teacherId }, select: { id: true } });
    if (!quiz) return null;
    const version = await editableVersion(tx, quizId);
    const last = await tx.question.findFirst({ where: { quizId, ...CURRENT }, orderBy: { position: "desc" }, select: { position: true } });
    const created = await tx.question.create({ data: { ...row, quizId, version, position: (last?.position ?? -1) + 1 }, select: { id: true } });
    return created.id;
  });
}

export { contentData as questionContentData };
