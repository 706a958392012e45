"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import * as actions from "@/lib/quizzes/actions";
import type { QuizForEditor } from "@/lib/quizzes/editor-data";
import { blankDraft, draftFromQuestion } from "@/lib/quizzes/question-draft";
import { ArticlePanel } from "./article-panel";
import { QuestionCard, type CardCommand } from "./question-card";
import { QuestionForm } from "./question-form";
import { SentenceTools } from "./sentence-tools";
import { useCommand } from "./use-command";

/**
 * The quiz editor: questions beside the article. Every change is saved by its
 * own server action as it is made, then the page data is reloaded.
 */
export function QuizEditor({ quiz }: { quiz: QuizForEditor }) {
  const router = useRouter();
  const { run, busy, error, setError } = useCommand();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ sentenceStart: number | null } | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const focus = useRef<{ id: string; move?: "up" | "down" } | null>(null);
  const setFocus = (target: { id: string; move?: "up" | "down" }) => (focus.current = target);

  const questionsBySentence = useMemo(() => {
    const map = new Map<number, number[]>();
    quiz.questions.forEach((q, i) => q.sentenceStart !== null && map.set(q.sentenceStart, [...(map.get(q.sentenceStart) ?? []), i + 1]));
    return map;
  }, [quiz.questions]);

  // Keep keyboard focus on the question that moved (or changed) once the page data is back.
  useEffect(() => {
    const want = focus.current;
    const card = want && document.getElementById(`card-${want.id}`);
    if (!want || !card) return;
    const target = (want.move && card.querySelector<HTMLButtonElement>(`[data-move="${want.move}"]:not(:disabled)`)) || card.querySelector<HTMLButtonElement>("button");
    target?.focus();
    focus.current = null;
  }, [quiz.questions, editing]);

  async function done<T>(result: T | null, message: string, focusOn?: { id: string; move?: "up" | "down" }) {
    if (result === null) return;
    setStatus(message);
    if (focusOn) setFocus(focusOn);
    router.refresh();
  }

  async function command(id: string, number: number, c: CardCommand) {
    setStatus(null);
    const ref = { quizId: quiz.id, questionId: id };
    if (c === "show") return setSelected(quiz.questions.find((q) => q.id === id)?.sentenceStart ?? null);
    if (c === "edit") return setEditing(id);
    if (c === "up" || c === "down") {
      if ((c === "up" && number === 1) || (c === "down" && number === quiz.questions.length)) return;
      return done(await run(() => actions.moveQuestion({ ...ref, direction: c })), `Question ${number} moved ${c}.`, { id, move: c });
    }
    if (c === "delete") {
      if (!window.confirm(`Delete question ${number}? Students' results that include it keep it.`)) return;
      return done(await run(() => actions.deleteQuestion(ref)), `Question ${number} deleted.`);
    }
    if (c === "checked") return done(await run(() => actions.markQuestionChecked(ref)), `Question ${number} marked as checked.`, { id });
    const made = await run(() => actions.regenerateQuestion(ref));
    return done(made, `Question ${number} regenerated.`, made ? { id: made.questionId } : undefined);
  }

  async function fromSentence(sentenceStart: number) {
    setStatus(null);
    const made = await run(() => actions.makeQuestionFromSentence({ quizId: quiz.id, sentenceStart }));
    if (made && !made.questionId) return setError("No new question could be made from this sentence. You can write one yourself.");
    return done(made, "Question added at the end.", made?.questionId ? { id: made.questionId } : undefined);
  }

  const versionNote =
    quiz.status !== "DRAFT" && quiz.attemptsOnVersion > 0
      ? `Students have started version ${quiz.version}. Your next change makes version ${quiz.version + 1}; results already given keep the questions they answered.`
      : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        {versionNote && <p className="rounded-lg border border-accent-600 bg-accent-50 p-3 dark:bg-zinc-800">{versionNote}</p>}
        <div aria-live="polite" role="status" className="min-h-6 font-medium" data-testid="editor-status">
          {status}
        </div>
        {!editing && !adding && <FormMessage error={error} />}
        {quiz.questions.length === 0 && <p className="rounded-lg border border-dashed border-zinc-400 p-6 text-center">No questions yet. Add one by hand, or choose a sentence in the article.</p>}
        <ol className="space-y-4" aria-label="Questions">
          {quiz.questions.map((q, i) => (
            <li key={q.id} id={`card-${q.id}`}>
              {editing === q.id ? (
                <div className="rounded-xl border-2 border-accent-600 bg-white p-4 dark:bg-zinc-900">
                  <h3 className="mb-3 font-semibold">Edit question {i + 1}</h3>
                  <QuestionForm
                    initial={draftFromQuestion(q)}
                    saveLabel="Save question"
                    error={error}
                    pending={busy}
                    onCancel={() => (setEditing(null), setError(null), setFocus({ id: q.id }))}
                    onSave={async (draft) => {
                      const saved = await run(() => actions.saveQuestion({ quizId: quiz.id, questionId: q.id, draft }));
                      if (saved) setEditing(null);
                      await done(saved, `Question ${i + 1} saved.`, saved ? { id: saved.questionId } : undefined);
                    }}
                  />
                </div>
              ) : (
                <QuestionCard question={q} number={i + 1} total={quiz.questions.length} busy={busy} onCommand={(c) => command(q.id, i + 1, c)} />
              )}
            </li>
          ))}
        </ol>
        {adding ? (
          <div className="rounded-xl border-2 border-accent-600 bg-white p-4 dark:bg-zinc-900" id="add-question">
            <h3 className="mb-3 font-semibold">Add a question</h3>
            <QuestionForm
              initial={blankDraft("MULTIPLE_CHOICE")}
              allowTypeChange
              saveLabel="Add question"
              error={error}
              pending={busy}
              onCancel={() => (setAdding(null), setError(null))}
              onSave={async (draft) => {
                const added = await run(() => actions.addQuestion({ quizId: quiz.id, draft, sentenceStart: adding.sentenceStart }));
                if (added) setAdding(null);
                await done(added, "Question added at the end.", added ? { id: added.questionId } : undefined);
              }}
            >
              <SourceSelect sentences={quiz.article.sentences} value={adding.sentenceStart} onChange={(sentenceStart) => setAdding({ sentenceStart })} />
            </QuestionForm>
          </div>
        ) : (
          <Button type="button" variant="secondary" onClick={() => (setError(null), setAdding({ sentenceStart: null }))}>
            + Add a question by hand
          </Button>
        )}
      </div>
      <aside className="h-fit rounded-xl border border-zinc-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto dark:border-zinc-800 dark:bg-zinc-900" aria-label="The article">
        {selected !== null && (
          <SentenceTools
            sentence={quiz.article.sentences.find((s) => s.start === selected)}
            numbers={questionsBySentence.get(selected) ?? []}
            busy={busy}
            onMake={() => fromSentence(selected)}
            onWrite={() => (setError(null), setAdding({ sentenceStart: selected }))}
            onClose={() => setSelected(null)}
          />
        )}
        <ArticlePanel title={quiz.article.title} body={quiz.article.body} sentences={quiz.article.sentences} questionsBySentence={questionsBySentence} selected={selected} onSelect={setSelected} />
      </aside>
    </div>
  );
}

function SourceSelect({ sentences, value, onChange }: { sentences: QuizForEditor["article"]["sentences"]; value: number | null; onChange: (v: number | null) => void }) {
  return (
    <div>
      <label htmlFor="source-sentence" className="mb-1 block font-semibold">
        Source sentence (optional)
      </label>
      <select
        id="source-sentence"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
        className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950"
      >
        <option value="">No source sentence</option>
        {sentences.map((s) => (
          <option key={s.start} value={s.start}>
            {s.text.length > 100 ? `${s.text.slice(0, 97)}…` : s.text}
          </option>
        ))}
      </select>
    </div>
  );
}
