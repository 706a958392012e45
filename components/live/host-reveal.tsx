import type { HostView, LiveOption, Reveal, Standing } from "@/lib/live/views";
import { OptionBadge, SHAPES } from "./option-badge";

/** After a question: how many chose each option (or typed it right), the right answer marked, and the sentence it comes from. */
export function HostReveal({ view }: { view: HostView }) {
  const reveal = view.reveal;
  if (!reveal || !view.question) return null;
  const total = reveal.distribution.reduce((n, d) => n + d.count, 0);
  return (
    <section aria-labelledby="reveal-heading" className="space-y-6">
      <h1 id="reveal-heading" className="text-[2.5rem] font-bold leading-tight">
        {view.question.prompt}
      </h1>
      {view.question.kind === "text" ? <TypedReveal reveal={reveal} /> : <OptionReveal options={view.question.options} reveal={reveal} total={total} />}
      <blockquote className="border-l-8 border-accent-600 pl-5 text-[1.75rem] leading-snug" data-testid="source-sentence">
        <p className="text-xl font-semibold uppercase tracking-wide">From the article</p>“{reveal.source}”
      </blockquote>
    </section>
  );
}

/** A typed question: the answer, then how many typed it right, wrong, or gave no answer (in words, not colour alone). */
function TypedReveal({ reveal }: { reveal: Reveal }) {
  const rows = [
    { label: "✓ Right", count: reveal.tally.right, bar: "bg-right-600" },
    { label: "✗ Not quite", count: reveal.tally.wrong, bar: "bg-wrong-600" },
    { label: "No answer", count: reveal.tally.unanswered, bar: "bg-zinc-500" },
  ];
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <>
      <p className="rounded-xl border-4 border-right-600 p-4 text-[2.25rem] font-semibold" data-testid="typed-key">
        <span className="mr-3 text-right-600 dark:text-green-300">✓ Right answer:</span>
        {reveal.answerText}
      </p>
      <ul className="space-y-3" data-testid="distribution">
        {rows.map((r) => (
          <li key={r.label} className="text-[2rem]">
            <div className="flex justify-between gap-4 font-semibold">
              <span>{r.label}</span>
              <span className="tabular">{r.count}</span>
            </div>
            <div className="mt-2 h-4 rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
              <div className={`h-4 rounded ${r.bar}`} style={{ width: `${total === 0 ? 0 : Math.round((r.count / total) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function OptionReveal({ options, reveal, total }: { options: LiveOption[]; reveal: Reveal; total: number }) {
  return (
    <ul className="space-y-3" data-testid="distribution">
      {options.map((o, i) => {
        const count = reveal.distribution.find((d) => d.optionId === o.id)?.count ?? 0;
        const right = o.id === reveal.keyOptionId;
        const share = total === 0 ? 0 : Math.round((count / total) * 100);
        return (
          <li key={o.id} className={`rounded-xl border-4 p-3 text-[2rem] ${right ? "border-right-600" : "border-transparent opacity-80"}`}>
            <div className="flex items-center justify-between gap-4">
              <span className={`flex items-center gap-3 rounded-lg px-3 py-1 font-semibold text-white ${SHAPES[i % SHAPES.length]!.color}`}>
                <OptionBadge index={i} />
                {o.text}
              </span>
              <span className="tabular font-bold">
                {right && <span className="mr-3 text-right-600 dark:text-green-300">✓ Right answer</span>}
                {count}
              </span>
            </div>
            <div className="mt-2 h-4 rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
              <div className={`h-4 rounded motion-safe:transition-[width] motion-safe:duration-500 ${SHAPES[i % SHAPES.length]!.color}`} style={{ width: `${share}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function Standings({ standings }: { standings: Standing[] }) {
  return (
    <section aria-labelledby="board-heading">
      <h1 id="board-heading" className="mb-4 text-[2.75rem] font-bold">
        Leaderboard
      </h1>
      <ol className="space-y-3" data-testid="leaderboard">
        {standings.map((s) => (
          <li key={s.playerId} className="flex justify-between rounded-xl bg-white px-5 py-3 text-[2.25rem] font-semibold tabular dark:bg-zinc-900">
            <span>
              {s.rank}. {s.name}
            </span>
            <span>{s.score}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const MEDALS = ["🥇", "🥈", "🥉"];

export function Podium({ standings }: { standings: Standing[] }) {
  return (
    <section aria-labelledby="podium-heading">
      <h1 id="podium-heading" className="mb-6 text-[3rem] font-bold">
        Podium
      </h1>
      {standings.length === 0 ? (
        <p className="text-2xl">Nobody scored in this game.</p>
      ) : (
        <ol className="grid gap-4 md:grid-cols-3" data-testid="podium">
          {standings.map((s) => (
            <li key={s.playerId} className="rounded-2xl bg-white p-6 text-center text-[2.25rem] font-bold dark:bg-zinc-900 motion-safe:animate-[pulse_1s_ease-in-out_1]">
              <span aria-hidden="true" className="block text-[4rem]">
                {MEDALS[s.rank - 1] ?? ""}
              </span>
              <span className="block">Place {s.rank}</span>
              <span className="block">{s.name}</span>
              <span className="block tabular">{s.score} points</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
