"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { startAttempt } from "@/lib/attempt/actions";

export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const res = await startAttempt({ assignmentId }).catch(() => null);
          if (!res) {
            setError("We could not reach Factbound. Check the connection and try again.");
          } else if (!res.ok) {
            setError(res.error);
          } else {
            router.push(res.data.status === "finished" ? `/play/${res.data.attemptId}/result` : `/play/${res.data.attemptId}`);
            return;
          }
          setPending(false);
        }}
      >
        {pending ? "Opening…" : label}
      </Button>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-wrong-600 dark:text-red-300">
        {error}
      </p>
    </div>
  );
}
