"use client";

import { useCallback, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";

const OFFLINE = "We could not reach Factbound. Check the connection and try again.";

/** One editor command at a time: busy while it runs, its failure as a message. */
export function useCommand() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(call: () => Promise<ActionResult<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      const res = await call().catch(() => null);
      if (!res) return setError(OFFLINE), null;
      if (!res.ok) return setError(res.error), null;
      return res.data;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}
