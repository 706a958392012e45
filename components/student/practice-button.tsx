"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { practiceMissed } from "@/lib/attempt/actions";

export function PracticeButton({ attemptId, missed }: { attemptId: string; missed: number }) {
  const router = useRouter();
  const { run, pending, error } = useAction(practiceMissed);
  return (
    <div>
      <Button
        type="button"
        disabled={pending}
        onClick={async () => {
          const result = await run({ attemptId });
          if (result) router.push(`/play/${result.attemptId}`);
        }}
      >
        {pending ? "Building your practice…" : `Practise what I missed (${missed})`}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
