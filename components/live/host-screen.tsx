"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { HostView } from "@/lib/live/views";
import { OptionBadge, SHAPES } from "./option-badge";
import { beep } from "./sounds";
import { useLiveEvents, useSecondsLeft } from "./use-live-events";
import { HostLobby } from "./host-lobby";
import { HostRoster } from "./host-roster";
import { HostReveal, Podium, Standings } from "./host-reveal";

type Command = { type: "start" | "next" | "skip" | "pause" | "resume" | "end" } | { type: "add-time"; seconds: number } | { type: "remove"; playerId: string };

const SHORTCUTS = [
  ["Enter or N", "start / next"],
  ["S", "skip to the answer"],
  ["P", "pause or resume"],
  ["T", "add 10 seconds"],
  ["M", "sound on or off"],
  ["E", "end the game"],
] as const;

export function HostScreen({ gameId, pin, joinUrl, qrSvg, quizId, title }: { gameId: string; pin: string; joinUrl: string; qrSvg: string; quizId: string; title: string }) {
  const [latestCount, setCount] = useState<{ index: number; answered: number; playerCount: number } | null>(null);
  const { view, connection, skew } = useLiveEvents<HostView>(`/api/live/${gameId}/events?as=host`, (m) => {
    if (m.kind === "count") setCount({ index: Number(m.index), answered: Number(m.answered), playerCount: Number(m.playerCount) });
  });
  // A count belongs to the open question; a newer view of the game supersedes it.
  const count = view?.phase === "OPEN" && latestCount?.index === view.index ? latestCount : null;
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [muted, setMuted] = useState(false);
  const phaseKey = view ? `${view.phase}:${view.index}` : "";
  const lastPhase = useRef("");

  useEffect(() => {
    if (!view || phaseKey === lastPhase.current) return;
    const first = lastPhase.current === "";
    lastPhase.current = phaseKey;
    if (first || muted) return;
    if (view.phase === "OPEN") beep("open");
    else if (view.phase === "CLOSED") beep("close");
    else if (view.phase === "ENDED") beep("end");
  }, [phaseKey, view, muted]);

  const send = useCallback(
    async (command: Command) => {
      setBusy(true);
      setError("");
      try {
        const res = await fetch(`/api/live/${gameId}/host`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(command) });
        if (!res.ok) setError(((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? "That did not work. Try again.");
      } catch {
        setError("The server could not be reached. Check the connection and try again.");
      } finally {
        setBusy(false);
      }
    },
    [gameId],
  );

  // Ending cannot be undone: one stray key or click must not end the class's game.
  const endGame = useCallback(() => {
    if (window.confirm("End the game now for everyone? The podium shows the scores so far; this cannot be undone.")) void send({ type: "end" });
  }, [send]);

  // Mid-game a removal takes a player's place on the podium away: ask first (the lobby's is a light touch).
  const removePlayer = useCallback(
    (player: { playerId: string; name: string }) => {
      if (window.confirm(`Remove ${player.name} from the game? Their answers so far are kept, but they cannot rejoin.`)) void send({ type: "remove", playerId: player.playerId });
    },
    [send],
  );

  const toggleMute = useCallback(() => {
    setMuted((m) => !m);
  }, []);

  const secondsLeft = useSecondsLeft(view?.phase === "OPEN" ? view.closesAt : null, skew, view?.paused ?? false);
  useEffect(() => {
    if (!muted && view?.phase === "OPEN" && !view.paused && secondsLeft !== null && secondsLeft > 0 && secondsLeft <= 5) beep("tick");
  }, [secondsLeft, muted, view?.phase, view?.paused]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!view || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName) && event.key === "Enter") return;
      const key = event.key.toLowerCase();
      const act = (command: Command) => {
        event.preventDefault();
        void send(command);
      };
      if (key === "m") return toggleMute();
      if (key === "enter" || key === "n") {
        if (view.phase === "LOBBY") return view.playerCount > 0 ? act({ type: "start" }) : undefined;
        if (view.phase === "CLOSED" || view.phase === "LEADERBOARD") return act({ type: "next" });
      }
      if (key === "e" && view.phase !== "ENDED") {
        event.preventDefault();
        return endGame();
      }
      if (view.phase !== "OPEN") return;
      if (key === "s") act({ type: "skip" });
      else if (key === "p") act({ type: view.paused ? "resume" : "pause" });
      else if (key === "t") act({ type: "add-time", seconds: 10 });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [view, send, toggleMute, endGame]);

  if (!view) return <p role="status" className="text-2xl">Connecting to the game…</p>;
  const answered = Math.max(count?.answered ?? 0, view.answered);
  const players = count?.playerCount ?? view.playerCount;

  return (
    <div className="space-y-6 text-[1.25rem]" data-testid="host-screen" data-phase={view.phase}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xl font-semibold">
          {title} · PIN <span className="tabular tracking-widest">{pin}</span>
          {view.phase !== "LOBBY" && view.phase !== "ENDED" && (
            <span className="ml-3 font-normal">
              Question {view.index + 1} of {view.questionCount}
            </span>
          )}
        </p>
        <div className="flex items-center gap-3">
          {connection !== "live" && (
            <span role="status" className="rounded bg-yellow-100 px-2 py-1 text-base text-zinc-900">
              Reconnecting…
            </span>
          )}
          <button type="button" onClick={toggleMute} className="rounded-lg border border-zinc-400 px-3 py-2 text-base" aria-pressed={muted}>
            {muted ? "🔇 Sound off" : "🔊 Sound on"}
          </button>
        </div>
      </div>
      <p aria-live="assertive" className="min-h-6 font-semibold text-wrong-600 dark:text-red-300">
        {error}
      </p>

      {view.phase === "LOBBY" && <HostLobby view={view} pin={pin} joinUrl={joinUrl} qrSvg={qrSvg} busy={busy} onStart={() => send({ type: "start" })} onRemove={(playerId) => send({ type: "remove", playerId })} />}

      {view.phase === "OPEN" && view.question && (
        <section aria-labelledby="stem" className="space-y-6">
          <div className="flex flex-wrap items-center justify-between gap-4">
            <p className="text-[3rem] font-bold tabular leading-none" data-testid="host-countdown" aria-label={view.paused ? "Paused" : `${secondsLeft ?? 0} seconds left`}>
              {view.paused ? "Paused" : `${secondsLeft ?? 0}s`}
            </p>
            <p className="text-[2.5rem] font-semibold tabular" data-testid="answered-count">
              {answered} / {players} answered
            </p>
          </div>
          <h1 id="stem" className="text-[2.75rem] font-bold leading-tight">
            {view.question.prompt}
          </h1>
          {view.question.kind === "text" ? (
            <p className="rounded-xl border-4 border-dashed border-accent-600 px-5 py-6 text-[2.5rem] font-semibold" data-testid="host-type-answer">
              <span aria-hidden="true">⌨ </span>Type your answer
            </p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {view.question.options.map((o, i) => (
                <li key={o.id} className={`flex min-h-24 items-center gap-4 rounded-xl px-5 py-4 text-[2.5rem] font-semibold text-white ${SHAPES[i % SHAPES.length]!.color}`}>
                  <OptionBadge index={i} size="h-10 w-10" />
                  <span>{o.text}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap gap-3">
            <HostButton onClick={() => send({ type: view.paused ? "resume" : "pause" })} disabled={busy}>
              {view.paused ? "Resume (P)" : "Pause (P)"}
            </HostButton>
            <HostButton onClick={() => send({ type: "add-time", seconds: 10 })} disabled={busy}>
              +10 seconds (T)
            </HostButton>
            <HostButton onClick={() => send({ type: "skip" })} disabled={busy}>
              Skip to the answer (S)
            </HostButton>
            <HostButton onClick={endGame} disabled={busy}>
              End game (E)
            </HostButton>
          </div>
        </section>
      )}

      {(view.phase === "CLOSED" || view.phase === "LEADERBOARD") && (
        <>
          {view.phase === "CLOSED" ? <HostReveal view={view} /> : <Standings standings={view.standings} />}
          <div className="flex flex-wrap gap-3">
            <HostButton primary onClick={() => send({ type: "next" })} disabled={busy}>
              {view.index + 1 >= view.questionCount ? "Show the podium (Enter)" : "Next (Enter)"}
            </HostButton>
            <HostButton onClick={endGame} disabled={busy}>
              End game (E)
            </HostButton>
          </div>
        </>
      )}

      {view.phase === "ENDED" && (
        <>
          <Podium standings={view.standings} />
          <Link href={`/teacher/quizzes/${quizId}/results`} className="inline-flex min-h-12 items-center rounded-lg bg-accent-600 px-5 font-semibold text-white">
            See the results
          </Link>
        </>
      )}

      {view.phase !== "ENDED" && view.phase !== "LOBBY" && <HostRoster roster={view.roster} busy={busy} onRemove={removePlayer} />}

      {view.phase !== "ENDED" && (
        <details className="text-base">
          <summary className="cursor-pointer font-semibold">Keyboard shortcuts</summary>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {SHORTCUTS.map(([k, what]) => (
              <div key={k} className="contents">
                <dt>
                  <kbd className="rounded border border-zinc-400 px-1.5 font-mono">{k}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}

function HostButton({ primary, ...props }: React.ComponentProps<"button"> & { primary?: boolean }) {
  return (
    <button
      type="button"
      {...props}
      className={`min-h-14 rounded-xl px-6 text-2xl font-semibold disabled:opacity-60 ${primary ? "bg-accent-600 text-white hover:bg-accent-700" : "border-2 border-zinc-400 bg-white text-zinc-900 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-100"}`}
    />
  );
}
