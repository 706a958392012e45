"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { Verdict } from "@/components/ui/verdict";
import type { PlayerView } from "@/lib/live/views";
import { OptionBadge, SHAPES } from "./option-badge";
import { TypedAnswerForm } from "./typed-answer-form";
import { useLiveEvents, useSecondsLeft } from "./use-live-events";

/**
 * A player's phone: the options as big buttons (keys 1 to 6), or a field for a
 * typed answer, locked after one answer; then right or wrong, points and rank.
 */
export function PlayerScreen({ gameId }: { gameId: string }) {
  const [removed, setRemoved] = useState(false);
  const { view, setView, connection, skew } = useLiveEvents<PlayerView>(`/api/live/${gameId}/events`, (m) => {
    if (m.kind === "removed") setRemoved(true);
  });
  const [sending, setSending] = useState<string | null>(null);
  // An error belongs to the question it happened on; it disappears with it.
  const [failure, setFailure] = useState<{ at: string; text: string } | null>(null);
  const at = view ? `${view.phase}:${view.index}` : "";
  const error = failure?.at === at ? failure.text : "";
  const setError = (text: string) => setFailure(text ? { at, text } : null);
  const open = view?.phase === "OPEN" && view.question !== null;
  const keyText = view?.answerText;
  const locked = view !== null && (view.lockedOptionId !== null || view.lockedText !== null);
  const answeredResult = Boolean(view?.result?.optionId ?? view?.result?.text);
  const secondsLeft = useSecondsLeft(open ? view.deadline : null, skew, view?.paused ?? false);

  const answer = useCallback(
    async (given: { optionId: string } | { text: string }) => {
      if (!view || !open || locked || sending) return;
      setSending("optionId" in given ? given.optionId : "text");
      setError("");
      try {
        const res = await fetch(`/api/live/${gameId}/answer`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ index: view.index, ...given }) });
        const body = (await res.json().catch(() => null)) as { status?: string; optionId?: string; text?: string; error?: string } | null;
        // The server says what it holds: the first answer, if this one was a repeat.
        if (res.ok && body?.status === "locked") {
          setView((v) => (v && v.index === view.index ? { ...v, lockedOptionId: body.optionId ?? null, lockedText: body.text ?? null } : v));
        } else setError(body?.error ?? "Your answer did not arrive. Try again.");
      } catch {
        setError("No connection. Your answer was not sent: try again.");
      } finally {
        setSending(null);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setError only closes over `at`, which `view` decides
    [view, open, locked, sending, gameId, setView],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A typed answer's digits belong in its field, not to the option shortcuts.
      if (!view?.question || view.question.kind === "text" || event.ctrlKey || event.metaKey || event.altKey) return;
      const n = Number(event.key);
      const option = Number.isInteger(n) && n >= 1 ? view.question.options[n - 1] : undefined;
      if (option) {
        event.preventDefault();
        void answer({ optionId: option.id });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [view, answer]);

  if (removed) {
    return (
      <Panel title="You were removed from this game">
        <p>The host removed you from this game, so you cannot rejoin it.</p>
        <Link href="/play/live" className="mt-4 inline-block underline">
          Join another game
        </Link>
      </Panel>
    );
  }
  if (!view) return <p role="status">Joining the game…</p>;

  return (
    <div className="mx-auto max-w-xl space-y-4" data-testid="player-screen" data-phase={view.phase}>
      <div className="flex items-center justify-between text-base">
        <span className="font-semibold">{view.name}</span>
        <span className="tabular" data-testid="player-score">
          {view.score} points{view.rank !== null && view.phase !== "LOBBY" ? ` · rank ${view.rank} of ${view.playerCount}` : ""}
        </span>
      </div>
      {connection === "reconnecting" && (
        <p role="status" className="rounded bg-yellow-100 px-3 py-2 text-zinc-900">
          Connection lost: reconnecting… Your score is safe.
        </p>
      )}

      {view.phase === "LOBBY" && (
        <Panel title={`You're in, ${view.name}!`}>
          <p>Look at the big screen: the game starts when the host is ready.</p>
        </Panel>
      )}

      {open && view.question && (
        <section aria-labelledby="live-stem" className="space-y-4">
          <p className="flex justify-between text-base">
            <span>
              Question {view.index + 1} of {view.questionCount}
            </span>
            <span className="tabular font-semibold" data-testid="player-countdown">
              {view.paused ? "Paused" : view.untimed ? "Take your time" : `${secondsLeft ?? 0}s left`}
            </span>
          </p>
          <h1 id="live-stem" className="text-xl font-semibold leading-snug">
            {view.question.prompt}
          </h1>
          {locked ? (
            <p role="status" className="rounded-xl border-2 border-accent-600 p-4 text-lg font-semibold" data-testid="answer-locked">
              Answer locked in: {view.lockedText ?? view.question.options.find((o) => o.id === view.lockedOptionId)?.text}. Wait for the others…
            </p>
          ) : view.question.kind === "text" ? (
            <TypedAnswerForm
              questionKey={at}
              disabled={view.paused || (secondsLeft === 0 && !view.untimed)}
              sending={sending !== null}
              onSend={(text) => void answer({ text })}
            />
          ) : (
            <ul className="grid gap-3" aria-label="Options">
              {view.question.options.map((o, i) => (
                <li key={o.id}>
                  <button
                    type="button"
                    onClick={() => answer({ optionId: o.id })}
                    disabled={sending !== null || view.paused || (secondsLeft === 0 && !view.untimed)}
                    aria-keyshortcuts={String(i + 1)}
                    className={`flex min-h-16 w-full items-center gap-3 rounded-xl px-4 py-3 text-left text-lg font-semibold text-white disabled:opacity-60 ${SHAPES[i % SHAPES.length]!.color}`}
                  >
                    <OptionBadge index={i} />
                    <span>{o.text}</span>
                    <span className="ml-auto text-sm font-normal opacity-90" aria-hidden="true">
                      key {i + 1}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p aria-live="assertive" className="min-h-6 font-semibold text-wrong-600 dark:text-red-300">
            {error}
          </p>
        </section>
      )}

      {(view.phase === "CLOSED" || view.phase === "LEADERBOARD") && (
        <Panel title={answeredResult ? "" : "Time's up"}>
          <div data-testid="player-result" className="space-y-2 text-lg">
            {answeredResult ? <Verdict correct={view.result!.correct} className="text-2xl" /> : <p>No answer this time.</p>}
            {view.result?.text != null && <p>You typed: {view.result.text}</p>}
            {keyText && !view.result?.correct && <p>The answer: {keyText}</p>}
            <p className="tabular">+{view.result?.points ?? 0} points</p>
            <p className="tabular font-semibold">
              {view.score} points in total{view.rank !== null ? ` · rank ${view.rank} of ${view.playerCount}` : ""}
            </p>
          </div>
        </Panel>
      )}

      {view.phase === "ENDED" && (
        <Panel title="Game over">
          <p className="text-2xl font-bold tabular" data-testid="final-rank">
            {view.rank !== null ? `You finished ${ordinal(view.rank)} of ${view.playerCount}` : "Thanks for playing"}
          </p>
          <p className="tabular">{view.score} points</p>
        </Panel>
      )}
    </div>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-zinc-300 bg-white p-5 dark:border-zinc-700 dark:bg-zinc-900">
      {title && <h1 className="mb-2 text-2xl font-bold">{title}</h1>}
      {children}
    </section>
  );
}

function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
