import type { HostView } from "@/lib/live/views";

/**
 * The players still in a running game, each with a Remove button: a host may
 * need to take out a disruptive guest or a wrong device mid-game, not only in
 * the lobby. Folded away by default so the projected screen stays on the question.
 */
export function HostRoster({ roster, busy, onRemove }: { roster: HostView["roster"]; busy: boolean; onRemove: (player: { playerId: string; name: string }) => void }) {
  return (
    <details className="text-base" data-testid="host-roster">
      <summary className="cursor-pointer font-semibold">Players in the game ({roster.length})</summary>
      {roster.length === 0 ? (
        <p className="mt-2">Nobody is left in the game.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Players in the game">
          {roster.map((p) => (
            <li key={p.playerId} className="flex items-center gap-1 rounded-full border border-zinc-300 py-0.5 pl-3 pr-0.5 dark:border-zinc-700">
              {p.name}
              <button
                type="button"
                onClick={() => onRemove(p)}
                disabled={busy}
                className="min-h-9 rounded-full px-3 underline hover:bg-zinc-100 disabled:opacity-60 dark:hover:bg-zinc-800"
                aria-label={`Remove ${p.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
