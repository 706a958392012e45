"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Verdict } from "@/components/ui/verdict";
import { answerQuestion, finishAttempt } from "@/lib/attempt/actions";
import type { PublicQuestion } from "@/lib/attempt/public-question";
import { articleLink } from "@/lib/article/links";
import { Countdown } from "./countdown";
import { useAnswerQueue, type PendingAnswer, type SendResult } from "./use-answer-queue";

interface Feedback {
  correct: boolean;
  correctOptionId: string;
  explanation: string;
  sentenceStart: number;
}

export interface PlayerProps {
  attemptId: string;
  title: string;
  practice: boolean;
  questions: PublicQuestion[];
  initialAnswers: Record<string, string>;
  timing: { dueBy: string; serverNow: string; lateRule: "count" | "zero" } | null;
  article: { id: string; title: string };
}

export function QuizPlayer({ attemptId, title, practice, questions, initialAnswers, timing, article }: PlayerProps) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, string>>(initialAnswers);
  const [selected, setSelected] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inFlight = useRef(false);

  // One send path for fresh answers and queued ones: "offline" keeps it queued.
  const send = useCallback(
    async (a: PendingAnswer): Promise<SendResult> => {
      const res = await answerQuestion({ attemptId, questionId: a.questionId, answer: { kind: "choice", optionId: a.optionId }, timeMs: a.timeMs }).catch(
        () => null,
      );
      if (!res) return "offline";
      // Sent, or refused because the server already holds an answer: either way it is answered.
      setAnswers((prev) => ({ ...prev, [a.questionId]: prev[a.questionId] ?? a.optionId }));
      if (!res.ok) {
        setError(res.error);
        return "refused";
      }
      return "sent";
    },
    [attemptId],
  );
  const queue = useAnswerQueue(attemptId, send);

  // Answers waiting on this device count as answered here: the student moves on.
  const known = useMemo(() => {
    const all = { ...answers };
    for (const p of queue.pending) all[p.questionId] ??= p.optionId;
    return all;
  }, [answers, queue.pending]);
  const nextOpen = questions.find((q) => !(q.id in known))?.id ?? null;
  const currentId = viewing ?? nextOpen;
  const index = currentId ? questions.findIndex((q) => q.id === currentId) : questions.length;
  const question = questions[index];
  const answeredCount = Object.keys(known).length;

  useEffect(() => {
    shownAt.current = performance.now();
    headingRef.current?.focus();
  }, [index]);

  const lockIn = useCallback(async () => {
    if (!question || !selected || inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    const pendingAnswer = { questionId: question.id, optionId: selected, timeMs: Math.round(performance.now() - shownAt.current) };
    const res = await answerQuestion({
      attemptId,
      questionId: pendingAnswer.questionId,
      answer: { kind: "choice", optionId: pendingAnswer.optionId },
      timeMs: pendingAnswer.timeMs,
    }).catch(() => null);
    inFlight.current = false;
    setSending(false);
    if (!res) {
      // No connection: keep the answer on this device and carry on.
      queue.enqueue(pendingAnswer);
      setSelected(null);
      return;
    }
    if (!res.ok) return setError(res.error);
    setAnswers((prev) => ({ ...prev, [question.id]: selected }));
    if ("feedback" in res.data && res.data.feedback) {
      setViewing(question.id);
      setFeedback(res.data.feedback);
    } else {
      setSelected(null);
    }
  }, [attemptId, question, queue, selected]);

  const goNext = useCallback(() => {
    setFeedback(null);
    setSelected(null);
    setViewing(null);
  }, []);

  const submit = useCallback(async () => {
    setSending(true);
    setError(null);
    await queue.flush();
    const res = await finishAttempt({ attemptId }).catch(() => null);
    if (!res || !res.ok) {
      setSending(false);
      return setError(res ? res.error : "We could not reach Factbound to submit. Your answers are saved; try again when you are back online.");
    }
    router.push(`/play/${attemptId}/result`);
  }, [attemptId, queue, router]);

  // Number keys choose an option; Enter locks it in (or moves on after feedback).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || !question) return;
      const target = e.target as HTMLElement | null;
      if (target?.tagName === "BUTTON" && e.key === "Enter") return;
      if (target?.tagName === "A" && e.key === "Enter") return;
      if (target && ["INPUT", "TEXTAREA"].includes(target.tagName) && (target as HTMLInputElement).type !== "radio") return;
      if (feedback) {
        if (e.key === "Enter") {
          e.preventDefault();
          goNext();
        }
        return;
      }
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= question.options.length) {
        e.preventDefault();
        setSelected(question.options[n - 1]!.id);
      } else if (e.key === "Enter" && selected) {
        e.preventDefault();
        void lockIn();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [feedback, goNext, lockIn, question, selected]);

  const header = (
    <div className="mb-6 space-y-2">
      <div className="flex flex-wrap justify-between gap-2 text-sm text-zinc-700 dark:text-zinc-300">
        <span>
          {practice && <strong className="mr-1">Practice:</strong>}
          {title}
        </span>
        <span className="tabular">
          {answeredCount} of {questions.length} answered
        </span>
      </div>
      <progress className="h-2 w-full accent-accent-600" max={questions.length} value={answeredCount} aria-label="Quiz progress">
        {answeredCount} of {questions.length}
      </progress>
      {timing && <Countdown {...timing} />}
      {queue.pending.length > 0 && (
        <p role="status" className="rounded-lg border border-yellow-500 bg-yellow-50 px-3 py-2 font-medium text-zinc-900">
          {queue.online ? "Sending" : "No connection."} {queue.pending.length === 1 ? "1 answer is" : `${queue.pending.length} answers are`} kept on this device and will be
          sent when the connection is back. Keep this page open.
        </p>
      )}
    </div>
  );

  if (!question) {
    const waiting = queue.pending.length > 0;
    return (
      <div className="mx-auto max-w-2xl">
        {header}
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          All {questions.length} questions answered
        </h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">Submit to see your score and which answers were right.</p>
        <div className="mt-6">
          <Button type="button" onClick={submit} disabled={sending || waiting}>
            {waiting ? "Waiting to send your answers…" : sending ? "Submitting…" : "Submit quiz"}
          </Button>
        </div>
        <p role="alert" className="mt-3 text-wrong-600 dark:text-red-300">
          {error}
        </p>
      </div>
    );
  }

  const locked = question.id in answers;
  const chosen = locked ? answers[question.id] : selected;
  return (
    <div className="mx-auto max-w-2xl">
      {header}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (feedback) goNext();
          else void lockIn();
        }}
      >
        <fieldset disabled={sending || locked}>
          <legend className="w-full">
            <span className="mb-2 block text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
              Question {index + 1} of {questions.length} · {question.type === "TRUE_FALSE" ? "True or false?" : "Choose the words that fill the blank"}
            </span>
            <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-relaxed focus:outline-none sm:text-2xl">
              {question.prompt}
            </h1>
          </legend>
          <div className="mt-6 grid gap-3">
            {question.options.map((option, i) => {
              const isSelected = chosen === option.id;
              const isKey = feedback?.correctOptionId === option.id;
              return (
                <label
                  key={option.id}
                  className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border-2 px-4 py-3 text-lg transition-colors ${
                    isSelected
                      ? "border-accent-600 bg-accent-50 dark:border-accent-100 dark:bg-zinc-800"
                      : "border-zinc-300 bg-white hover:border-zinc-500 dark:border-zinc-700 dark:bg-zinc-900"
                  } ${isKey ? "ring-2 ring-right-600" : ""}`}
                >
                  <input type="radio" name="option" value={option.id} checked={isSelected} onChange={() => setSelected(option.id)} className="sr-only" />
                  <span
                    aria-hidden="true"
                    className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md border text-base font-bold tabular ${
                      isSelected ? "border-accent-600 bg-accent-600 text-white" : "border-zinc-400"
                    }`}
                  >
                    {i + 1}
                  </span>
                  <span className="break-words">{option.text}</span>
                  {isKey && <span className="ml-auto shrink-0 text-sm font-semibold text-right-600 dark:text-green-300">Right answer</span>}
                </label>
              );
            })}
          </div>
        </fieldset>
        <div aria-live="polite" className="mt-4">
          {feedback && (
            <div className="space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-700">
              <Verdict correct={feedback.correct} />
              <blockquote className="border-l-4 border-accent-600 pl-3">“{feedback.explanation}”</blockquote>
              <p className="text-sm">
                From <cite className="not-italic font-semibold">{article.title}</cite> ·{" "}
                <Link
                  href={articleLink(article.id, feedback.sentenceStart)}
                  target="_blank"
                  className="font-semibold text-accent-700 underline dark:text-accent-100"
                >
                  Read it in the article<span className="sr-only"> (opens in a new tab)</span>
                </Link>
              </p>
            </div>
          )}
          {error && <p className="font-medium text-wrong-600 dark:text-red-300">{error}</p>}
        </div>
        <div className="sticky bottom-0 mt-6 flex items-center justify-between gap-3 bg-zinc-50/90 py-3 dark:bg-zinc-950/90">
          <p className="hidden text-sm text-zinc-600 sm:block dark:text-zinc-400">Keys 1–{question.options.length} choose · Enter confirms</p>
          {feedback ? (
            <Button type="submit">{nextOpen ? "Next question" : "Finish"}</Button>
          ) : (
            <Button type="submit" disabled={!selected || sending}>
              {sending ? "Saving…" : "Lock in answer"}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
