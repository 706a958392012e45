import "server-only";
import { createBusFor, type LiveBus, type LiveEvent } from "./bus";
import { AnswerWriter } from "./answer-writer";
import { findPlayerByToken, listPlayers, listRoundAnswers, loadGame, playerTotals, type LoadedGame, type PlayerRecord, type RoundAnswer } from "./data";
import { checkAnswerWindow, elapsedMs, playerDeadline, playerWindowMs, NO_ACCOMMODATION, type HostCommand } from "./game-machine";
import { closeRoundIfDue, commitHostCommand, finishGame, removeLivePlayer, type CommandResult, type StoredAnswer } from "./mutations";
import { countDistribution, gradeLiveAnswer, rankPlayers, scoreLiveAnswer, tallyAnswers } from "./scoring";
import type { LiveAnswerInput } from "./schema";
import { buildHostView, buildPlayerView, type Standing } from "./views";

/** One open event stream: the host's screen or a player's device. */
export interface LiveConnection {
  role: "host" | "player";
  playerId: string | null;
  send(frame: string): void;
  close(): void;
}

export type AnswerOutcome = StoredAnswer | { status: "removed" | "not-open" | "paused" | "time-up" | "wrong-question" | "invalid-option" | "wrong-kind" };

const CLOSE_GRACE_MS = 150;
const COUNT_EVERY_MS = 250;
const PLAYERS_EVERY_MS = 500;
const HEARTBEAT_MS = 20_000;
const IDLE_HUB_MS = 60_000;

const frame = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;

/**
 * What one server instance knows about one game: its state (reloaded from the
 * database whenever any instance changes it), the screens connected here, and
 * the timer that closes the question. Any number of instances hold a hub for
 * the same game; the database decides every change.
 */
class GameHub {
  loaded: LoadedGame | null = null;
  private players = new Map<string, PlayerRecord>();
  private answers = new Map<string, RoundAnswer>();
  private totals = new Map<string, number>();
  private standingsCache: { list: Standing[]; byId: Map<string, Standing> } | null = null;
  private answered = 0;
  private hosts = new Set<LiveConnection>();
  private playerConnections = new Map<string, Set<LiveConnection>>();
  private closeTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;
  private playersTimer: NodeJS.Timeout | null = null;
  private byToken = new Map<string, string>();

  constructor(
    readonly gameId: string,
    private runtime: LiveRuntime,
  ) {}

  /** Load (once) and wait for any reload in progress. */
  async ready(): Promise<LoadedGame | null> {
    if (!this.loaded) await this.refresh();
    else if (this.refreshing) await this.refreshing;
    // No such game: do not keep a hub for an id someone made up.
    if (!this.loaded) this.runtime.dropIdle(this);
    return this.loaded;
  }

  /** Reload the game from the database and push every screen here its new view. Calls coalesce. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        await this.reload();
      } while (this.refreshAgain);
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async reload() {
    const loaded = await loadGame(this.gameId);
    if (!loaded) return;
    const [players, answers, totals] = await Promise.all([
      listPlayers(this.gameId),
      loaded.roundId ? listRoundAnswers(loaded.roundId) : Promise.resolve([]),
      playerTotals(this.gameId),
    ]);
    if (this.loaded && loaded.version < this.loaded.version) return;
    const sameRound = this.loaded?.roundId === loaded.roundId;
    this.loaded = loaded;
    this.players = new Map(players.map((p) => [p.id, p]));
    // Keep answers this instance took that the reload raced past.
    const merged = new Map(answers.map((a) => [a.playerId, a]));
    if (sameRound) for (const [id, a] of this.answers) if (!merged.has(id)) merged.set(id, a);
    this.answers = merged;
    // Removed players' answers stay stored but are not the room's (as in the round's counter).
    const counted = answers.filter((a) => !this.players.get(a.playerId)?.removed).length;
    this.answered = Math.max(sameRound ? this.answered : 0, counted);
    this.totals = new Map([...totals].map(([id, t]) => [id, t.accuracy + t.speed]));
    this.rank();
    this.schedule();
    this.broadcast();
  }

  private activePlayers() {
    return [...this.players.values()].filter((p) => !p.removed);
  }

  /** Standings are recomputed lazily: a burst of joins marks them stale once, not N sorts. */
  private rank() {
    this.standingsCache = null;
  }

  private standings() {
    if (!this.standingsCache) {
      const list = rankPlayers(this.activePlayers().map((p) => ({ playerId: p.id, name: p.name, score: this.totals.get(p.id) ?? 0 }))).map((r) => ({ ...r.player, rank: r.rank }));
      this.standingsCache = { list, byId: new Map(list.map((s) => [s.playerId, s])) };
    }
    return this.standingsCache;
  }

  /** Set the timer that closes the open question when its time is up (every instance does; one wins). */
  private schedule(at?: number) {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
    const game = this.loaded?.snapshot;
    if (!game || game.phase !== "OPEN" || !game.round || game.round.pausedAt !== null) return;
    const due = at ?? playerDeadline(game.round, NO_ACCOMMODATION, Date.now())!;
    this.closeTimer = setTimeout(() => void this.tryClose(), Math.max(0, due - Date.now() + CLOSE_GRACE_MS));
  }

  private closeIfAllAnswered() {
    if (this.answered >= this.activePlayers().length) void this.tryClose();
  }

  async tryClose() {
    const game = this.loaded?.snapshot;
    if (!game || game.phase !== "OPEN") return;
    const result = await closeRoundIfDue(this.gameId, game.index).catch((err) => {
      console.error("Live game: closing a question failed", err);
      return null;
    });
    if (result?.status === "closed") await this.runtime.bus.publish({ kind: "state", gameId: this.gameId, version: result.version });
    else if (result?.status === "wait" && result.until !== null) this.schedule(result.until);
  }

  hostView() {
    const loaded = this.loaded!;
    const q = loaded.question;
    return buildHostView(
      {
        game: loaded.snapshot,
        version: loaded.version,
        question: q,
        answered: this.answered,
        playerCount: this.activePlayers().length,
        distribution: q ? countDistribution(q.options.map((o) => o.id), [...this.answers.values()].map((a) => a.optionId)) : [],
        tally: tallyAnswers(
          this.activePlayers().length,
          [...this.answers.values()].filter((a) => !this.players.get(a.playerId)?.removed),
        ),
        standings: this.standings().list,
        roster: this.activePlayers().map((p) => ({ playerId: p.id, name: p.name })),
      },
      Date.now(),
    );
  }

  playerView(player: PlayerRecord) {
    const loaded = this.loaded!;
    const mine = this.answers.get(player.id) ?? null;
    const standings = this.standings();
    const standing = standings.byId.get(player.id);
    return buildPlayerView(
      {
        game: loaded.snapshot,
        version: loaded.version,
        question: loaded.question,
        name: player.name,
        accommodation: { extraTimePercent: player.extraTimePercent, untimed: player.untimed },
        lockedOptionId: mine && mine.text === null ? mine.optionId : null,
        lockedText: mine?.text ?? null,
        result: { optionId: mine && mine.text === null ? mine.optionId : null, text: mine?.text ?? null, correct: mine?.correct ?? false, points: mine?.points ?? 0 },
        score: this.totals.get(player.id) ?? 0,
        rank: standing?.rank ?? null,
        playerCount: standings.list.length,
      },
      Date.now(),
    );
  }

  private sendTo(connection: LiveConnection) {
    if (!this.loaded) return;
    if (connection.role === "host") return connection.send(frame(this.hostView()));
    const player = this.players.get(connection.playerId!);
    if (!player || player.removed) {
      connection.send(frame({ kind: "removed" }));
      return connection.close();
    }
    connection.send(frame(this.playerView(player)));
  }

  private broadcast() {
    for (const c of this.hosts) this.sendTo(c);
    for (const set of this.playerConnections.values()) for (const c of set) this.sendTo(c);
  }

  connect(connection: LiveConnection, player?: PlayerRecord): () => void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (connection.role === "host") this.hosts.add(connection);
    else {
      if (player && !this.players.has(player.id)) {
        this.players.set(player.id, player);
        this.rank();
      }
      const set = this.playerConnections.get(connection.playerId!) ?? new Set();
      set.add(connection);
      this.playerConnections.set(connection.playerId!, set);
    }
    this.sendTo(connection);
    return () => {
      this.hosts.delete(connection);
      const set = this.playerConnections.get(connection.playerId ?? "");
      set?.delete(connection);
      if (set && set.size === 0) this.playerConnections.delete(connection.playerId!);
      if (this.connectionCount() === 0) this.idleTimer = setTimeout(() => this.runtime.dropIdle(this), IDLE_HUB_MS);
    };
  }

  connectionCount() {
    let n = this.hosts.size;
    for (const set of this.playerConnections.values()) n += set.size;
    return n;
  }

  forEachConnection(fn: (c: LiveConnection) => void) {
    for (const c of this.hosts) fn(c);
    for (const set of this.playerConnections.values()) for (const c of set) fn(c);
  }

  dispose() {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.playersTimer) clearTimeout(this.playersTimer);
  }

  onEvent(event: LiveEvent) {
    switch (event.kind) {
      case "state":
        if (!this.loaded || event.version > this.loaded.version) void this.refresh();
        return;
      case "resync":
        void this.refresh();
        return;
      case "count":
        if (!this.loaded || event.index !== this.loaded.snapshot.index || event.answered <= this.answered) return;
        this.answered = event.answered;
        for (const c of this.hosts) c.send(frame({ kind: "count", index: event.index, answered: this.answered, playerCount: this.activePlayers().length }));
        this.closeIfAllAnswered();
        return;
      case "removed": {
        const p = this.players.get(event.playerId);
        // Their stored answer stays in the distribution but no longer counts as one of the room's (as in the round's counter).
        if (p && !p.removed && this.answers.has(event.playerId)) this.answered = Math.max(0, this.answered - 1);
        if (p) p.removed = true;
        for (const c of this.playerConnections.get(event.playerId) ?? []) this.sendTo(c);
        this.rank();
        for (const c of this.hosts) this.sendTo(c);
        // The one player the question was waiting for may be the one who left.
        this.closeIfAllAnswered();
        return;
      }
      case "players":
        // Joins come in bursts: reload the roster at most twice a second.
        this.playersTimer ??= setTimeout(async () => {
          this.playersTimer = null;
          const players = await listPlayers(this.gameId).catch(() => null);
          if (!players) return;
          this.players = new Map(players.map((p) => [p.id, p]));
          this.rank();
          for (const c of this.hosts) this.sendTo(c);
        }, PLAYERS_EVERY_MS);
        return;
    }
  }

  /** The player holding this secret (cached: the answer path asks on every request). */
  async playerByToken(tokenHash: string): Promise<PlayerRecord | null> {
    await this.ready();
    const known = this.byToken.get(tokenHash);
    const cached = known ? this.players.get(known) : undefined;
    if (cached) return cached;
    const player = await findPlayerByToken(this.gameId, tokenHash);
    if (!player) return null;
    this.byToken.set(tokenHash, player.id);
    if (!this.players.has(player.id)) {
      this.players.set(player.id, player);
      this.rank();
    }
    return this.players.get(player.id)!;
  }

  /** Take one answer: checked against the server's clock and the player's own window, then stored. */
  async answer(player: PlayerRecord, given: LiveAnswerInput, now = Date.now()): Promise<AnswerOutcome> {
    const loaded = await this.ready();
    if (!loaded || player.removed || this.players.get(player.id)?.removed) return { status: "removed" };
    const { snapshot, question, roundId } = loaded;
    const who = { extraTimePercent: player.extraTimePercent, untimed: player.untimed };
    const window = checkAnswerWindow(snapshot, given.index, who, now);
    if (!window.ok) return { status: window.reason };
    if (!question || !roundId || !snapshot.round) return { status: "not-open" };
    const graded = gradeLiveAnswer(question, given);
    if (graded.status !== "graded") return graded;
    const { optionId, text, correct } = graded;
    const prior = this.answers.get(player.id);
    if (prior) return { status: "already-answered", optionId: prior.optionId, text: prior.text };
    const taken = elapsedMs(snapshot.round, now);
    const points = scoreLiveAnswer({ correct, elapsedMs: taken, windowMs: playerWindowMs(snapshot.round, who), speedPoints: loaded.settings.speedPoints });
    const mine = { playerId: player.id, optionId, text, correct, points: points.accuracy + points.speed };
    this.answers.set(player.id, mine);
    let stored: StoredAnswer;
    try {
      stored = await this.runtime.writer.write({
        roundId,
        playerId: player.id,
        attemptId: player.attemptId,
        questionId: question.id,
        optionId,
        text,
        correct,
        questionPoints: question.points,
        accuracy: points.accuracy,
        speed: points.speed,
        elapsedMs: taken,
        at: new Date(now),
      });
    } catch (err) {
      if (this.answers.get(player.id) === mine) this.answers.delete(player.id);
      throw err;
    }
    if (stored.status === "closed" && this.answers.get(player.id) === mine) this.answers.delete(player.id);
    if (stored.status === "already-answered") this.answers.set(player.id, { ...mine, optionId: stored.optionId, text: stored.text });
    return stored;
  }

  noteCount(answered: number) {
    this.runtime.throttledCount(this.gameId, this.loaded?.snapshot.index ?? -1, answered);
  }

  roundId() {
    return this.loaded?.roundId ?? null;
  }
}

/**
 * This instance's live games: one hub per game with screens connected here,
 * the bus that carries changes between instances, and the answer writer.
 */
export class LiveRuntime {
  private hubs = new Map<string, GameHub>();
  private countTimers = new Map<string, { timer: NodeJS.Timeout; latest: { index: number; answered: number } }>();
  private heartbeat: NodeJS.Timeout;
  private unsubscribe: () => void;
  readonly writer: AnswerWriter;

  constructor(readonly bus: LiveBus) {
    this.unsubscribe = bus.subscribe((event) => {
      if (event.kind === "resync") for (const hub of this.hubs.values()) hub.onEvent(event);
      else this.hubs.get(event.gameId)?.onEvent(event);
    });
    this.writer = new AnswerWriter((roundId, answered) => {
      for (const hub of this.hubs.values()) if (hub.roundId() === roundId) hub.noteCount(answered);
    });
    this.heartbeat = setInterval(() => {
      for (const hub of this.hubs.values()) hub.forEachConnection((c) => c.send(": keep-alive\n\n"));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  hub(gameId: string): GameHub {
    let hub = this.hubs.get(gameId);
    if (!hub) {
      hub = new GameHub(gameId, this);
      this.hubs.set(gameId, hub);
    }
    return hub;
  }

  dropIdle(hub: GameHub) {
    if (hub.connectionCount() > 0 || this.hubs.get(hub.gameId) !== hub) return;
    hub.dispose();
    this.hubs.delete(hub.gameId);
  }

  /** Answer counts go to the hosts at most four times a second, whatever the rate of answers. */
  throttledCount(gameId: string, index: number, answered: number) {
    const pending = this.countTimers.get(gameId);
    if (pending) {
      if (answered > pending.latest.answered) pending.latest = { index, answered };
      return;
    }
    const entry = {
      latest: { index, answered },
      timer: setTimeout(() => {
        this.countTimers.delete(gameId);
        void this.bus.publish({ kind: "count", gameId, ...entry.latest }).catch((err) => console.error("Live game: count not published", err));
      }, COUNT_EVERY_MS),
    };
    this.countTimers.set(gameId, entry);
  }

  async hostCommand(gameId: string, hostId: string, command: HostCommand): Promise<CommandResult> {
    const result = await commitHostCommand(gameId, hostId, command);
    if (result.status === "ok") await this.bus.publish({ kind: "state", gameId, version: result.version });
    if (result.status === "ok" && result.ended) {
      // Screens already show the podium; grading every attempt comes after. If it fails,
      // settleLiveGames finishes it later (at start and when results are read).
      await finishGame(gameId).catch((err) => console.error("Live game: finishing failed; it is retried later", err));
    }
    return result;
  }

  async removePlayer(gameId: string, hostId: string, playerId: string): Promise<boolean> {
    const removed = await removeLivePlayer(gameId, hostId, playerId);
    if (removed) await this.bus.publish({ kind: "removed", gameId, playerId });
    return removed;
  }

  async playerJoined(gameId: string) {
    await this.bus.publish({ kind: "players", gameId });
  }

  async close() {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const hub of this.hubs.values()) hub.dispose();
    for (const { timer } of this.countTimers.values()) clearTimeout(timer);
    this.hubs.clear();
    await this.bus.close();
  }
}

const globalForLive = globalThis as typeof globalThis & { __factboundLive?: LiveRuntime };

/** This process's runtime (shared by every route bundle through globalThis). */
export function liveRuntime(): LiveRuntime {
  globalForLive.__factboundLive ??= new LiveRuntime(createBusFor());
  return globalForLive.__factboundLive;
}
