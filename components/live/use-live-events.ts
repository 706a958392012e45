"use client";

import { useEffect, useRef, useState } from "react";

export type Connection = "connecting" | "live" | "reconnecting" | "gone";

/**
 * The game's event stream. EventSource reconnects by itself after a drop, a
 * sleeping phone or a tab switch; the first message after each reconnect is
 * the current state. `skew` maps this device's clock onto the server's.
 */
export function useLiveEvents<T extends { kind: string; serverNow?: number }>(url: string, onOther?: (message: { kind: string } & Record<string, unknown>) => void) {
  const [view, setView] = useState<T | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [skew, setSkew] = useState(0);
  const other = useRef(onOther);
  useEffect(() => {
    other.current = onOther;
  });
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: number | undefined;
    const open = () => {
      source = new EventSource(url);
      source.onopen = () => setConnection("live");
      source.onmessage = (event) => {
        const message = JSON.parse(event.data) as { kind: string } & Record<string, unknown>;
        if (message.kind === "removed") {
          setConnection("gone");
          source?.close();
          other.current?.(message);
          return;
        }
        if (typeof message.serverNow === "number") {
          setSkew(message.serverNow - Date.now());
          setView(message as unknown as T);
        } else other.current?.(message);
      };
      source.onerror = () => {
        // A closed stream (404/403, or the server gone for good) is retried by hand, gently.
        if (source?.readyState === EventSource.CLOSED) {
          setConnection("reconnecting");
          retry = window.setTimeout(open, 2000);
        } else setConnection("reconnecting");
      };
    };
    open();
    return () => {
      window.clearTimeout(retry);
      source?.close();
    };
  }, [url]);
  return { view, setView, connection, skew };
}

/** Seconds left until a server time, ticking; null without a deadline. */
export function useSecondsLeft(deadline: number | null, skew: number, frozen: boolean): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null || frozen) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [deadline, frozen]);
  if (deadline === null) return null;
  return Math.max(0, Math.ceil((deadline - (now + skew)) / 1000));
}
