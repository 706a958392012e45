"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Verdict } from "@/components/ui/verdict";
import { answerQuestion, finishAttempt } from "@/lib/attempt/actions";
import type { PublicQuestion } from "@/lib/attempt/public-question";

interface Feedback {
  correct: boolean;
  correctOptionId: string;
  explanation: string;
}

const OFFLINE = "We could not save that answer: the connection dropped. Your choice is still selected; try again.";

export function QuizPlayer({
  attemptId,
  title,
  questions,
  initialAnswers,
}: {
  attemptId: string;
  title: string;
  questions: PublicQuestion[];
  initialAnswers: Record<string, string>;
}) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, string>>(initialAnswers);
  const firstOpen = questions.findIndex((q) => !(q.id in initialAnswers));
  const [index, setIndex] = useState(firstOpen === -1 ? questions.length : firstOpen);
  const [selected, setSelected] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(0);
  // Guards against a second send while the first is in flight (Enter and a click together).
  const inFlight = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const question = questions[index];
  const answeredCount = Object.keys(answers).length;

  useEffect(() => {
    shownAt.current = performance.now();
    headingRef.current?.focus();
  }, [index]);

  const goNext = useCallback(() => {
    setFeedback(null);
    setSelected(null);
    setIndex((i) => {
      const next = questions.findIndex((q, j) => j > i && !(q.id in answers));
      if (next !== -1) return next;
      const anyOpen = questions.findIndex((q) => !(q.id in answers));
      return anyOpen === -1 ? questions.length : anyOpen;
    });
  }, [answers, questions]);

  const lockIn = useCallback(async () => {
    if (!question || !selected || inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    const res = await answerQuestion({
      attemptId,
      questionId: question.id,
      answer: { kind: "choice", optionId: selected },
      timeMs: Math.round(performance.now() - shownAt.current),
    }).catch(() => null);
    inFlight.current = false;
    setPending(false);
    if (!res) return setError(OFFLINE);
    if (!res.ok) return setError(res.error);
    const next = { ...answers, [question.id]: selected };
    setAnswers(next);
    if ("feedback" in res.data && res.data.feedback) {
      setFeedback(res.data.feedback);
    } else {
      setSelected(null);
      setIndex((i) => {
        const after = questions.findIndex((q, j) => j > i && !(q.id in next));
        if (after !== -1) return after;
        const anyOpen = questions.findIndex((q) => !(q.id in next));
        return anyOpen === -1 ? questions.length : anyOpen;
      });
    }
  }, [answers, attemptId, question, questions, selected]);

  const submit = useCallback(async () => {
    setPending(true);
    setError(null);
    const res = await finishAttempt({ attemptId }).catch(() => null);
    if (!res || !res.ok) {
      setPending(false);
      return setError(res ? res.error : "We could not reach Factbound to submit. Your answers are saved; try again.");
    }
    router.push(`/play/${attemptId}/result`);
  }, [attemptId, router]);

  // Number keys choose an option; Enter locks it in (or moves on after feedback).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || !question) return;
      const target = e.target as HTMLElement | null;
      // Buttons handle their own Enter; text fields keep their keys.
      if (target?.tagName === "BUTTON" && e.key === "Enter") return;
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

  const progress = (
    <div className="mb-6">
      <div className="mb-1 flex justify-between text-sm text-zinc-700 dark:text-zinc-300">
        <span>{title}</span>
        <span className="tabular">
          {answeredCount} of {questions.length} answered
        </span>
      </div>
      <progress className="h-2 w-full accent-accent-600" max={questions.length} value={answeredCount} aria-label="Quiz progress">
        {answeredCount} of {questions.length}
      </progress>
    </div>
  );

  if (!question) {
    return (
      <div className="mx-auto max-w-2xl">
        {progress}
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          All {questions.length} questions answered
        </h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">Submit to see your score and which answers were right.</p>
        <div className="mt-6">
          <Button type="button" onClick={submit} disabled={pending}>
            {pending ? "Submitting…" : "Submit quiz"}
          </Button>
        </div>
        <p role="alert" className="mt-3 text-wrong-600 dark:text-red-300">
          {error}
        </p>
      </div>
    );
  }

  const locked = question.id in answers;
  return (
    <div className="mx-auto max-w-2xl">
      {progress}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (feedback) goNext();
          else void lockIn();
        }}
      >
        <fieldset disabled={pending || locked}>
          <legend className="w-full">
            <span className="mb-2 block text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
              Question {index + 1} of {questions.length} · {question.type === "TRUE_FALSE" ? "True or false?" : "Choose the word that fills the blank"}
            </span>
            <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-relaxed focus:outline-none sm:text-2xl">
              {question.prompt}
            </h1>
          </legend>
          <div className="mt-6 grid gap-3">
            {question.options.map((option, i) => {
              const isSelected = (locked ? answers[question.id] : selected) === option.id;
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
                  <input
                    type="radio"
                    name="option"
                    value={option.id}
                    checked={isSelected}
                    onChange={() => setSelected(option.id)}
                    className="sr-only"
                  />
                  <span
                    aria-hidden="true"
                    className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md border text-base font-bold tabular ${
                      isSelected ? "border-accent-600 bg-accent-600 text-white" : "border-zinc-400"
                    }`}
                  >
                    {i + 1}
                  </span>
                  <span>{option.text}</span>
                  {isKey && <span className="ml-auto text-sm font-semibold text-right-600 dark:text-green-300">Right answer</span>}
                </label>
              );
            })}
          </div>
        </fieldset>
        <div aria-live="polite" className="mt-4">
          {feedback && (
            <div className="space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-700">
              <Verdict correct={feedback.correct} />
              <p className="text-zinc-800 dark:text-zinc-200">“{feedback.explanation}”</p>
            </div>
          )}
          {error && <p className="font-medium text-wrong-600 dark:text-red-300">{error}</p>}
        </div>
        <div className="sticky bottom-0 mt-6 flex items-center justify-between gap-3 bg-zinc-50/90 py-3 dark:bg-zinc-950/90">
          <p className="hidden text-sm text-zinc-600 sm:block dark:text-zinc-400">Keys 1–{question.options.length} choose · Enter confirms</p>
          {feedback ? (
            <Button type="submit">Next question</Button>
          ) : (
            <Button type="submit" disabled={!selected || pending}>
              {pending ? "Saving…" : "Lock in answer"}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
