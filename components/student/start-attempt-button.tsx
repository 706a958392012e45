"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { startAttempt } from "@/lib/attempt/actions";

export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(startAttempt);
  return (
    <div>
      <Button
        type="button"
        disabled={pending}
        onClick={async () => {
          const result = await run({ assignmentId });
          if (result) router.push(result.status === "finished" ? `/play/${result.attemptId}/result` : `/play/${result.attemptId}`);
        }}
      >
        {pending ? "Opening…" : label}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
