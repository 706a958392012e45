import "server-only";
import { getDb } from "../db/client";
import { parseOptions } from "../attempt/public-question";
import { parseAnswerKey } from "../quiz/grade-answer";
import type { AnswerKey, Option, QuestionType } from "../quiz/types";
import { needsALook } from "./needs-a-look";

/** A question of the current version, its JSON columns parsed. */
export interface EditorQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: Option[];
  answerKey: AnswerKey;
  explanation: string;
  /** Where its source sentence starts in the article; null when written without one. */
  sentenceStart: number | null;
  answerStart: number | null;
  answerEnd: number | null;
  confidence: number | null;
  handMade: boolean;
  edited: boolean;
  needsALook: boolean;
}

export interface EditorSentence {
  start: number;
  end: number;
  text: string;
}

/** What the quiz editor shows, or null when the quiz is not this teacher's. */
export async function getQuizForEditor(quizId: string, teacherId: string) {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      versionStartedAt: true,
      article: { select: { id: true, title: true, body: true, facts: { orderBy: { start: "asc" }, select: { start: true, end: true, sentence: true } } } },
      questions: {
        where: { retiredInVersion: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          prompt: true,
          options: true,
          answerKey: true,
          explanation: true,
          answerStart: true,
          answerEnd: true,
          confidence: true,
          handMade: true,
          editedAt: true,
          checkedAt: true,
          fact: { select: { start: true } },
        },
      },
    },
  });
  if (!quiz) return null;
  // Attempts started on the current version: the next edit makes a new version.
  const attemptsOnVersion = await getDb().attempt.count({ where: { quizId, startedAt: { gte: quiz.versionStartedAt } } });
  const questions: EditorQuestion[] = quiz.questions.map((q) => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: parseOptions(q.options),
    answerKey: parseAnswerKey(q.answerKey),
    explanation: q.explanation,
    sentenceStart: q.fact?.start ?? null,
    answerStart: q.answerStart,
    answerEnd: q.answerEnd,
    confidence: q.confidence,
    handMade: q.handMade,
    edited: q.editedAt !== null,
    needsALook: needsALook(q),
  }));
  const sentences: EditorSentence[] = quiz.article.facts.map((f) => ({ start: f.start, end: f.end, text: f.sentence }));
  return {
    id: quiz.id,
    title: quiz.title,
    status: quiz.status,
    version: quiz.version,
    attemptsOnVersion,
    article: { id: quiz.article.id, title: quiz.article.title, body: quiz.article.body, sentences },
    questions,
  };
}
export type QuizForEditor = NonNullable<Awaited<ReturnType<typeof getQuizForEditor>>>;

/** One current question with its article's text, for regenerating it; null when not this teacher's. */
export async function findQuestionForRegeneration(quizId: string, questionId: string, teacherId: string) {
  const q = await getDb().question.findFirst({
    where: { id: questionId, quizId, retiredInVersion: null, quiz: { ownerId: teacherId } },
    select: { type: true, prompt: true, options: true, editedAt: true, handMade: true, fact: { select: { start: true } }, quiz: { select: { article: { select: { body: true } } } } },
  });
  if (!q) return null;
  return { type: q.type, prompt: q.prompt, options: parseOptions(q.options), edited: q.editedAt !== null || q.handMade, sentenceStart: q.fact?.start ?? null, articleText: q.quiz.article.body };
}

/** The article text and current questions' texts of a quiz, for making a question from a sentence. */
export async function findQuizArticleText(quizId: string, teacherId: string) {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: { article: { select: { body: true } }, questions: { where: { retiredInVersion: null }, select: { prompt: true, options: true } } },
  });
  if (!quiz) return null;
  return { articleText: quiz.article.body, questions: quiz.questions.map((q) => ({ prompt: q.prompt, options: parseOptions(q.options) })) };
}

/** The current questions a teacher should look at before publishing. */
export async function listQuestionsNeedingALook(quizId: string, teacherId: string) {
  const rows = await getDb().question.findMany({
    where: { quizId, retiredInVersion: null, quiz: { ownerId: teacherId } },
    orderBy: { position: "asc" },
    select: { id: true, prompt: true, position: true, confidence: true, editedAt: true, checkedAt: true },
  });
  return rows.map((r, i) => ({ ...r, number: i + 1 })).filter(needsALook).map((r) => ({ id: r.id, number: r.number, prompt: r.prompt }));
}

/** The sentence of an article that starts at `start` (a question's source), or null. */
export function findSentenceAt(articleId: string, start: number) {
  return getDb().fact.findUnique({ where: { articleId_start: { articleId, start } }, select: { id: true, sentence: true } });
}

export function countCurrentQuestions(quizId: string, teacherId: string) {
  return getDb().question.count({ where: { quizId, retiredInVersion: null, quiz: { ownerId: teacherId } } });
}
