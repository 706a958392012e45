"use client";

import { useEffect, useRef, useState } from "react";
import type { LateAnswerRule } from "@/lib/quiz/settings";
import { LATE_GRACE_MS } from "@/lib/quiz/timing";

const TIME_UP: Record<LateAnswerRule, string> = {
  refuse: "Time is up. Your quiz is being handed in; answers from now on are not counted.",
  "no-points": "Time is up. You can still answer, but late answers earn no points.",
  count: "Time is up. You can still answer; answers are now marked late.",
};

/**
 * Time left on a timed attempt, by the server's clock (corrected for this
 * device's drift). `onClosed` runs once the server has handed the attempt in
 * (the deadline plus the grace it allows for answers on their way).
 */
export function Countdown({
  dueBy,
  serverNow,
  lateAnswers,
  onClosed,
}: {
  dueBy: string;
  serverNow: string;
  lateAnswers: LateAnswerRule;
  onClosed?: () => void;
}) {
  const [left, setLeft] = useState<number | null>(null);
  const closed = useRef(false);
  useEffect(() => {
    const skew = new Date(serverNow).getTime() - Date.now();
    const due = new Date(dueBy).getTime();
    const tick = () => {
      const now = Date.now() + skew;
      setLeft(Math.max(0, due - now));
      if (lateAnswers === "refuse" && !closed.current && now > due + LATE_GRACE_MS) {
        closed.current = true;
        onClosed?.();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [dueBy, serverNow, lateAnswers, onClosed]);
  if (left === null) return null;
  const seconds = Math.ceil(left / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  if (seconds === 0) {
    return (
      <p role="status" className="rounded-lg border border-yellow-500 bg-yellow-50 px-3 py-2 font-medium text-zinc-900">
        {TIME_UP[lateAnswers]}
      </p>
    );
  }
  return (
    <p className="tabular text-sm font-semibold">
      <span aria-hidden="true">⏱ </span>Time left: <span>{text}</span>
      <span className="sr-only" aria-live="polite">
        {seconds === 60 ? "One minute left." : ""}
      </span>
    </p>
  );
}
