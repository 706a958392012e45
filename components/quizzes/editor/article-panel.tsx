"use client";

import { useEffect, useRef } from "react";
import type { EditorSentence } from "@/lib/quizzes/editor-data";

function lines(body: string) {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const line of body.split("\n")) {
    out.push({ text: line.replace(/\r$/, ""), start, end: start + line.replace(/\r$/, "").length });
    start += line.length + 1;
  }
  return out.filter((l) => l.text.trim());
}

/**
 * The article beside the questions: every source sentence highlighted with the
 * numbers of its questions; any sentence can be chosen to make a question from.
 */
export function ArticlePanel({
  title,
  body,
  sentences,
  questionsBySentence,
  selected,
  onSelect,
}: {
  title: string;
  body: string;
  sentences: EditorSentence[];
  questionsBySentence: Map<number, number[]>;
  selected: number | null;
  onSelect: (start: number) => void;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected === null) return;
    const el = panel.current?.querySelector(`[data-sentence="${selected}"]`);
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [selected]);

  return (
    <div ref={panel} className="space-y-3 text-base leading-relaxed" data-testid="article-panel">
      <h2 className="text-xl font-semibold">{title}</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Highlighted sentences have questions (their numbers in brackets). Choose any sentence to make a question from it.
      </p>
      {lines(body).map((line) => {
        const inside = sentences.filter((s) => s.start >= line.start && s.end <= line.end);
        if (inside.length === 0) return <p key={line.start} className="font-semibold">{line.text}</p>;
        const parts: React.ReactNode[] = [];
        let cursor = line.start;
        for (const s of inside) {
          if (s.start > cursor) parts.push(body.slice(cursor, s.start));
          const numbers = questionsBySentence.get(s.start);
          const isSelected = s.start === selected;
          parts.push(
            <button
              key={s.start}
              type="button"
              data-sentence={s.start}
              aria-pressed={isSelected}
              onClick={() => onSelect(s.start)}
              className={`inline scroll-mt-24 rounded px-0.5 text-left ${
                isSelected ? "bg-accent-100 text-zinc-900 outline-2 outline-accent-600" : numbers ? "bg-yellow-100 text-zinc-900 dark:bg-yellow-200" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"
              }`}
            >
              {body.slice(s.start, s.end)}
              {numbers && <span className="ml-1 text-xs font-bold">[{numbers.map((n) => `Q${n}`).join(", ")}]</span>}
            </button>,
          );
          cursor = s.end;
        }
        if (cursor < line.end) parts.push(body.slice(cursor, line.end));
        return <p key={line.start}>{parts}</p>;
      })}
    </div>
  );
}
