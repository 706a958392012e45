"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { practiceMissed, startAttempt } from "@/lib/attempt/actions";

type Props =
  | { kind: "start"; assignmentId: string; label: string }
  | { kind: "practice"; attemptId: string; label: string };

/** Start or resume an assignment, or practise what an attempt missed, then open the player. */
export function AttemptButton(props: Props) {
  const router = useRouter();
  const start = useAction(startAttempt);
  const practice = useAction(practiceMissed);
  const active = props.kind === "start" ? start : practice;
  return (
    <div>
      <Button
        type="button"
        disabled={active.pending}
        onClick={async () => {
          if (props.kind === "start") {
            const result = await start.run({ assignmentId: props.assignmentId });
            if (result) router.push(result.status === "finished" ? `/play/${result.attemptId}/result` : `/play/${result.attemptId}`);
          } else {
            const result = await practice.run({ attemptId: props.attemptId });
            if (result) router.push(`/play/${result.attemptId}`);
          }
        }}
      >
        {active.pending ? "Opening…" : props.label}
      </Button>
      <FormMessage error={active.error} />
    </div>
  );
}
