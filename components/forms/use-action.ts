"use client";

import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";

const OFFLINE = "We could not reach Factbound. Check the connection and try again.";

/** Run a server action from a form: pending state, a message, and per-field errors. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const busy = useRef(false);

  const run = useCallback(
    async (input: I): Promise<T | null> => {
      if (busy.current) return null;
      busy.current = true;
      setPending(true);
      setError(null);
      setFieldErrors({});
      try {
        const res = await action(input).catch(() => null);
        if (!res) {
          setError(OFFLINE);
          return null;
        }
        if (!res.ok) {
          setError(res.error);
          setFieldErrors(res.fieldErrors ?? {});
          return null;
        }
        return res.data;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [action],
  );

  return { run, pending, error, fieldErrors, setError };
}
