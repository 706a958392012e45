import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { z } from "zod";
import { databaseUrl, providerOf } from "../db/config";

/**
 * Small notices that something changed; every instance then reads what it
 * needs from the database. Kept tiny (PostgreSQL caps a NOTIFY at 8 kB).
 */
export const LiveEventSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("state"), gameId: z.string(), version: z.number().int() }),
  z.object({ kind: z.literal("count"), gameId: z.string(), index: z.number().int(), answered: z.number().int() }),
  z.object({ kind: z.literal("players"), gameId: z.string() }),
  z.object({ kind: z.literal("removed"), gameId: z.string(), playerId: z.string() }),
  /** The bus lost events (a dropped LISTEN connection): every game reloads. */
  z.object({ kind: z.literal("resync"), gameId: z.literal("*") }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;
type Listener = (event: LiveEvent) => void;

export interface LiveBus {
  publish(event: LiveEvent): Promise<void>;
  subscribe(listener: Listener): () => void;
  close(): Promise<void>;
  /** Resolves once the bus delivers events (a PostgreSQL bus has its LISTEN in place). */
  ready(): Promise<void>;
}

/** One process: events go straight to the listeners, after the current turn like a NOTIFY would. */
export function createMemoryBus(): LiveBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      setImmediate(() => emitter.emit("event", event));
    },
    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
    ready: async () => undefined,
  };
}

export const LIVE_CHANNEL = "factbound_live";
const RECONNECT_MS = 1000;

/**
 * PostgreSQL LISTEN/NOTIFY: every instance listens on one channel, so an event
 * published by any instance reaches all of them (the publisher included, which
 * keeps one path for local and remote events). A dropped connection is
 * reopened, and listeners are told to resync since events may have been missed.
 */
export function createPostgresBus(url: string): LiveBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  const deliver = (payload: string | undefined) => {
    const parsed = LiveEventSchema.safeParse(safeJson(payload));
    if (parsed.success) emitter.emit("event", parsed.data);
  };

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url });
      next.on("notification", (msg) => deliver(msg.payload));
      const lost = (err?: Error) => {
        if (client !== next) return;
        client = null;
        connecting = null;
        if (err) console.error(`Live events: PostgreSQL connection lost (${err.message}); reconnecting.`);
        if (!closed) {
          setTimeout(() => {
            connect()
              .then(() => emitter.emit("event", { kind: "resync", gameId: "*" } satisfies LiveEvent))
              .catch((e: Error) => console.error(`Live events: reconnect failed (${e.message}).`));
          }, RECONNECT_MS);
        }
      };
      next.on("error", lost);
      next.on("end", () => lost());
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
      client = next;
      return next;
    })().catch((err) => {
      connecting = null;
      throw err;
    });
    return connecting;
  };
  void connect().catch((e: Error) => console.error(`Live events: could not listen (${e.message}).`));

  return {
    async publish(event) {
      const c = client ?? (await connect());
      await c.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, JSON.stringify(event)]);
    },
    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      const c = client ?? (connecting ? await connecting.catch(() => null) : null);
      client = null;
      await c?.end().catch(() => undefined);
    },
    ready: () => connect().then(() => undefined),
  };
}

function safeJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** The bus for the app's database: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite. */
export function createBusFor(url: string = databaseUrl()): LiveBus {
  return providerOf(url) === "postgresql" ? createPostgresBus(url) : createMemoryBus();
}
