"use client";

import { useEffect, useState } from "react";

/** Time left on a timed attempt, by the server's clock (corrected for this device's drift). */
export function Countdown({ dueBy, serverNow, lateRule }: { dueBy: string; serverNow: string; lateRule: "count" | "zero" }) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const skew = new Date(serverNow).getTime() - Date.now();
    const due = new Date(dueBy).getTime();
    const tick = () => setLeft(Math.max(0, due - (Date.now() + skew)));
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [dueBy, serverNow]);
  if (left === null) return null;
  const seconds = Math.ceil(left / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  if (seconds === 0) {
    return (
      <p role="status" className="rounded-lg border border-yellow-500 bg-yellow-50 px-3 py-2 font-medium text-zinc-900">
        Time is up. You can still answer, but {lateRule === "zero" ? "late answers earn no points" : "answers are now marked late"}.
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
