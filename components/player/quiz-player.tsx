"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Verdict } from "@/components/ui/verdict";
import { articleLink } from "@/lib/article/links";
import { answerQuestion, finishAttempt } from "@/lib/attempt/actions";
import type { PublicQuestion } from "@/lib/attempt/public-question";
import { describeAnswer } from "@/lib/quiz/grade-answer";
import { cleanTypedAnswer } from "@/lib/quiz/normalize-answer";
import type { LateAnswerRule } from "@/lib/quiz/settings";
import type { Answer, AnswerKey } from "@/lib/quiz/types";
import { Countdown } from "./countdown";
import { ChoiceInput } from "./inputs/choice-input";
import { MatchInput } from "./inputs/match-input";
import { OrderInput } from "./inputs/order-input";
import { TextInput } from "./inputs/text-input";
import { useAnswerQueue, type PendingAnswer, type SendResult } from "./use-answer-queue";

interface Feedback {
  correct: boolean;
  key: AnswerKey;
  explanation: string;
  /** Null for a question a teacher wrote without a source sentence. */
  sentenceStart: number | null;
}

export interface PlayerProps {
  attemptId: string;
  title: string;
  practice: boolean;
  questions: PublicQuestion[];
  initialAnswers: Record<string, Answer>;
  timing: { dueBy: string; serverNow: string; lateAnswers: LateAnswerRule } | null;
  /** `readable`: whether this attempt's settings let the student open the article now. */
  article: { id: string; title: string; readable: boolean };
}

const INSTRUCTION: Record<PublicQuestion["type"], string> = {
  MULTIPLE_CHOICE: "Choose the words that fill the blank",
  TRUE_FALSE: "True or false?",
  FILL_BLANK: "Type the words that fill the blank",
  ORDERING: "Put these in order, earliest first",
  MATCHING: "Match each item on the left",
};

/** The answer a question starts with before the student acts (ordering starts as shown). */
function emptyDraft(q: PublicQuestion): Answer | null {
  if (q.type === "ORDERING") return { kind: "order", itemIds: q.options.map((o) => o.id) };
  if (q.type === "MATCHING") return { kind: "match", pairs: {} };
  if (q.type === "FILL_BLANK") return { kind: "text", value: "" };
  return null;
}

function isComplete(q: PublicQuestion, draft: Answer | null): boolean {
  if (!draft) return false;
  if (draft.kind === "text") return cleanTypedAnswer(draft.value).length > 0;
  if (draft.kind === "match") return q.options.filter((o) => o.side === "left").every((l) => draft.pairs[l.id]);
  return true;
}

export function QuizPlayer({ attemptId, title, practice, questions, initialAnswers, timing, article }: PlayerProps) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, Answer>>(initialAnswers);
  const [drafts, setDrafts] = useState<Record<string, Answer | null>>({});
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
      const res = await answerQuestion({ attemptId, questionId: a.questionId, answer: a.answer, timeMs: a.timeMs }).catch(() => null);
      if (!res) return "offline";
      // Sent, or refused because the server already holds an answer: either way it is answered.
      setAnswers((prev) => ({ ...prev, [a.questionId]: prev[a.questionId] ?? a.answer }));
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
    for (const p of queue.pending) all[p.questionId] ??= p.answer;
    return all;
  }, [answers, queue.pending]);
  const nextOpen = questions.find((q) => !(q.id in known))?.id ?? null;
  const currentId = viewing ?? nextOpen;
  const index = currentId ? questions.findIndex((q) => q.id === currentId) : questions.length;
  const question = questions[index];
  const answeredCount = Object.keys(known).length;
  const locked = question ? question.id in known : false;
  const draft = question ? (locked ? known[question.id]! : question.id in drafts ? drafts[question.id]! : emptyDraft(question)) : null;
  const setDraft = useCallback((id: string, value: Answer | null) => setDrafts((d) => ({ ...d, [id]: value })), []);

  useEffect(() => {
    shownAt.current = performance.now();
    headingRef.current?.focus();
  }, [index]);

  const lockIn = useCallback(async () => {
    if (!question || !draft || !isComplete(question, draft) || inFlight.current || locked) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    const pendingAnswer = { questionId: question.id, answer: draft, timeMs: Math.round(performance.now() - shownAt.current) };
    const res = await answerQuestion({ attemptId, ...pendingAnswer }).catch(() => null);
    inFlight.current = false;
    setSending(false);
    if (!res) {
      // No connection: keep the answer on this device and carry on.
      queue.enqueue(pendingAnswer);
      return;
    }
    if (!res.ok) return setError(res.error);
    setAnswers((prev) => ({ ...prev, [question.id]: draft }));
    if ("feedback" in res.data && res.data.feedback) {
      setViewing(question.id);
      setFeedback(res.data.feedback);
    }
  }, [attemptId, draft, locked, question, queue]);

  // The server hands the attempt in when its time is up; the result page shows what counted.
  const showResult = useCallback(() => router.push(`/play/${attemptId}/result`), [attemptId, router]);

  const goNext = useCallback(() => {
    setFeedback(null);
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
      if (target && ["BUTTON", "A", "SELECT"].includes(target.tagName) && e.key === "Enter") return;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && (target as HTMLInputElement).type !== "radio") return;
      if (feedback) {
        if (e.key === "Enter") {
          e.preventDefault();
          goNext();
        }
        return;
      }
      const choice = question.type === "MULTIPLE_CHOICE" || question.type === "TRUE_FALSE";
      const n = Number(e.key);
      if (choice && !locked && Number.isInteger(n) && n >= 1 && n <= question.options.length) {
        e.preventDefault();
        setDraft(question.id, { kind: "choice", optionId: question.options[n - 1]!.id });
      } else if (e.key === "Enter" && isComplete(question, draft)) {
        e.preventDefault();
        void lockIn();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [draft, feedback, goNext, lockIn, locked, question, setDraft]);

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
      {timing && <Countdown {...timing} onClosed={showResult} />}
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

  const keyOptionId = feedback?.key.kind === "choice" ? feedback.key.optionId : undefined;
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
              Question {index + 1} of {questions.length} · {INSTRUCTION[question.type]}
            </span>
            <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-relaxed focus:outline-none sm:text-2xl">
              {question.prompt}
            </h1>
          </legend>
          {(question.type === "MULTIPLE_CHOICE" || question.type === "TRUE_FALSE") && (
            <ChoiceInput
              options={question.options}
              value={draft?.kind === "choice" ? draft.optionId : null}
              onChange={(optionId) => setDraft(question.id, { kind: "choice", optionId })}
              keyOptionId={keyOptionId}
            />
          )}
          {question.type === "FILL_BLANK" && (
            <TextInput value={draft?.kind === "text" ? draft.value : ""} onChange={(value) => setDraft(question.id, { kind: "text", value })} />
          )}
          {question.type === "ORDERING" && (
            <OrderInput
              options={question.options}
              order={draft?.kind === "order" ? draft.itemIds : question.options.map((o) => o.id)}
              onChange={(itemIds) => setDraft(question.id, { kind: "order", itemIds })}
            />
          )}
          {question.type === "MATCHING" && (
            <MatchInput options={question.options} pairs={draft?.kind === "match" ? draft.pairs : {}} onChange={(pairs) => setDraft(question.id, { kind: "match", pairs })} />
          )}
        </fieldset>
        <div aria-live="polite" className="mt-4">
          {feedback && (
            <div className="space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-700">
              <Verdict correct={feedback.correct} />
              {!feedback.correct && (
                <p>
                  <span className="font-semibold">Right answer:</span> {describeAnswer(question.options, feedback.key)}
                </p>
              )}
              {feedback.sentenceStart !== null && (
                <>
                  <blockquote className="border-l-4 border-accent-600 pl-3">“{feedback.explanation}”</blockquote>
                  <p className="text-sm">
                    From <cite className="not-italic font-semibold">{article.title}</cite>
                    {article.readable && (
                      <>
                        {" · "}
                        <Link href={articleLink(article.id, feedback.sentenceStart)} target="_blank" className="font-semibold text-accent-700 underline dark:text-accent-100">
                          Read it in the article<span className="sr-only"> (opens in a new tab)</span>
                        </Link>
                      </>
                    )}
                  </p>
                </>
              )}
            </div>
          )}
          {error && <p className="font-medium text-wrong-600 dark:text-red-300">{error}</p>}
        </div>
        <div className="sticky bottom-0 mt-6 flex items-center justify-between gap-3 bg-zinc-50/90 py-3 dark:bg-zinc-950/90">
          <p className="hidden text-sm text-zinc-600 sm:block dark:text-zinc-400">
            {question.type === "MULTIPLE_CHOICE" || question.type === "TRUE_FALSE" ? `Keys 1–${question.options.length} choose · ` : ""}Enter confirms
          </p>
          {feedback ? (
            <Button type="submit">{nextOpen ? "Next question" : "Finish"}</Button>
          ) : (
            <Button type="submit" disabled={!isComplete(question, draft) || sending}>
              {sending ? "Saving…" : "Lock in answer"}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
