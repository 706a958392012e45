import type { HostView } from "@/lib/live/views";

export function HostLobby({ view, pin, joinUrl, qrSvg, busy, onStart, onRemove }: { view: HostView; pin: string; joinUrl: string; qrSvg: string; busy: boolean; onStart: () => void; onRemove: (playerId: string) => void }) {
  return (
    <section aria-labelledby="join-heading" className="space-y-6">
      <div className="grid items-center gap-6 md:grid-cols-[1fr_auto]">
        <div>
          <h1 id="join-heading" className="text-[2.5rem] font-bold leading-tight">
            Join at <span className="break-all text-accent-700 dark:text-accent-100">{joinUrl.replace(/\?.*$/, "")}</span>
          </h1>
          <p className="mt-2 text-[2.5rem] font-semibold">
            Game PIN: <span className="tabular text-[4.5rem] font-bold tracking-[0.15em]" data-testid="game-pin">{pin}</span>
          </p>
          <p className="mt-1 text-xl">
            Or open <a href={joinUrl} className="underline break-all">{joinUrl}</a>
          </p>
        </div>
        {/* The SVG is made on our server from our own URL. */}
        <div className="w-64 rounded-xl bg-white p-3" role="img" aria-label={`QR code for ${joinUrl}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-[2rem] font-semibold tabular" data-testid="lobby-count" aria-live="polite">
          {view.playerCount} {view.playerCount === 1 ? "player" : "players"} joined
        </p>
        <button type="button" onClick={onStart} disabled={busy || view.playerCount === 0} className="min-h-14 rounded-xl bg-accent-600 px-8 text-2xl font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
          Start the game (Enter)
        </button>
      </div>
      {view.roster.length === 0 ? (
        <p className="text-xl">Nobody yet. Players appear here as they join.</p>
      ) : (
        <ul className="flex flex-wrap gap-3" aria-label="Players in the lobby">
          {view.roster.map((p) => (
            <li key={p.playerId} className="flex items-center gap-2 rounded-full border-2 border-zinc-300 bg-white py-1 pl-4 pr-1 text-xl font-semibold dark:border-zinc-700 dark:bg-zinc-900">
              {p.name}
              <button type="button" onClick={() => onRemove(p.playerId)} className="min-h-10 rounded-full px-3 text-base font-normal underline hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label={`Remove ${p.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
