"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Answer } from "@/lib/quiz/types";

export interface PendingAnswer {
  questionId: string;
  answer: Answer;
  timeMs: number;
}

export type SendResult = "sent" | "offline" | "refused";

/**
 * Answers that could not reach the server yet, kept in this browser's storage
 * per attempt and sent again when the connection returns (or the page is
 * opened again). The server records each answer once, so a resend is harmless.
 */
export function useAnswerQueue(attemptId: string, send: (answer: PendingAnswer) => Promise<SendResult>) {
  const key = `factbound:pending:${attemptId}`;
  const [pending, setPending] = useState<PendingAnswer[]>([]);
  const [online, setOnline] = useState(true);
  const flushing = useRef(false);

  const save = useCallback(
    (items: PendingAnswer[]) => {
      setPending(items);
      try {
        if (items.length) localStorage.setItem(key, JSON.stringify(items));
        else localStorage.removeItem(key);
      } catch {
        // Private mode or full storage: the in-memory queue still retries while the tab is open.
      }
    },
    [key],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      let items = readQueue(key);
      setPending(items);
      while (items.length) {
        const result = await send(items[0]!);
        if (result === "offline") {
          setOnline(false);
          break;
        }
        setOnline(true);
        items = items.slice(1);
        save(items);
      }
      setPending(items);
    } finally {
      flushing.current = false;
    }
  }, [key, save, send]);

  const enqueue = useCallback(
    (answer: PendingAnswer) => {
      setOnline(false);
      save([...readQueue(key).filter((p) => p.questionId !== answer.questionId), answer]);
    },
    [key, save],
  );

  useEffect(() => {
    // The first flush also loads what an earlier visit left queued.
    void flush();
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => {
      if (readQueue(key).length) void flush();
    }, 5000);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [flush, key]);

  return { pending, online, enqueue, flush };
}

function readQueue(key: string): PendingAnswer[] {
  try {
    const raw = localStorage.getItem(key);
    const items = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(items)
      ? items.filter((i): i is PendingAnswer => typeof i?.questionId === "string" && typeof i?.answer?.kind === "string")
      : [];
  } catch {
    return [];
  }
}
