import { afterEach } from "vitest";
import { createBusFor, type LiveBus } from "@/lib/live/bus";
import { LiveRuntime } from "@/lib/live/hub";

/**
 * Live runtimes for one test file's database, each closed after every test. `newRuntime(bus)` shares a
 * bus (one instance's LISTEN connection); without one, each runtime is a separate instance.
 * `stopRuntime` closes one now, as a server that stops (it is not closed again after the test).
 */
export function liveRuntimes(databaseUrl: () => string) {
  const runtimes: LiveRuntime[] = [];
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((r) => r.close()));
  });
  async function newRuntime(shared?: LiveBus): Promise<LiveRuntime> {
    const bus = shared ?? createBusFor(databaseUrl());
    await bus.ready();
    const runtime = new LiveRuntime(bus);
    runtimes.push(runtime);
    return runtime;
  }
  async function stopRuntime(runtime: LiveRuntime): Promise<void> {
    runtimes.splice(runtimes.indexOf(runtime), 1);
    await runtime.close();
  }
  return { newRuntime, stopRuntime };
}
