import type { ReactNode } from "react";

/**
 * The article as written, paragraph by paragraph, each sentence an anchor
 * (#s-<offset>) so a question's "read it in the article" link lands on it.
 */
function splitLines(body: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const line of body.split("\n")) {
    const text = line.replace(/\r$/, "");
    out.push({ text, start, end: start + text.length });
    start += line.length + 1;
  }
  return out;
}

export function ArticleReader({ body, sentences, highlight }: { body: string; sentences: { start: number; end: number }[]; highlight?: number }) {
  const blocks = splitLines(body);
  return (
    <div className="space-y-4 text-lg leading-relaxed">
      {blocks
        .filter((b) => b.text.trim())
        .map((block) => {
          const inside = sentences.filter((s) => s.start >= block.start && s.end <= block.end);
          if (inside.length === 0) {
            return (
              <p key={block.start} className="font-semibold">
                {block.text}
              </p>
            );
          }
          const parts: ReactNode[] = [];
          let cursor = block.start;
          for (const s of inside) {
            if (s.start > cursor) parts.push(body.slice(cursor, s.start));
            parts.push(
              <span key={s.start} id={`s-${s.start}`} className={`scroll-mt-24 ${s.start === highlight ? "rounded bg-yellow-200 px-0.5 text-zinc-900" : ""}`}>
                {body.slice(s.start, s.end)}
              </span>,
            );
            cursor = s.end;
          }
          if (cursor < block.end) parts.push(body.slice(cursor, block.end));
          return <p key={block.start}>{parts}</p>;
        })}
    </div>
  );
}
