"use client";

import { Button } from "@/components/ui/button";
import type { EditorSentence } from "@/lib/quizzes/editor-data";

/** What can be done with the sentence chosen in the article. */
export function SentenceTools({
  sentence,
  numbers,
  busy,
  onMake,
  onWrite,
  onClose,
}: {
  sentence: EditorSentence | undefined;
  numbers: number[];
  busy: boolean;
  onMake: () => void;
  onWrite: () => void;
  onClose: () => void;
}) {
  if (!sentence) return null;
  return (
    <div className="sticky top-0 z-10 mb-4 rounded-lg border-2 border-accent-600 bg-accent-50 p-3 dark:bg-zinc-800" data-testid="sentence-tools">
      <p className="text-sm font-semibold">
        Chosen sentence
        {numbers.length === 1 && ` (question ${numbers[0]} comes from it)`}
        {numbers.length > 1 && ` (questions ${numbers.join(", ")} come from it)`}
      </p>
      <blockquote className="my-2">“{sentence.text}”</blockquote>
      <div className="flex flex-wrap gap-2">
        <Button type="button" className="min-h-11 px-3" disabled={busy} onClick={onMake}>
          {busy ? "Making…" : "Make a question from this sentence"}
        </Button>
        <Button type="button" variant="secondary" className="min-h-11 px-3" onClick={onWrite}>
          Write one about it
        </Button>
        <Button type="button" variant="ghost" className="min-h-11 px-3" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
