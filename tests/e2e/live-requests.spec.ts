/**
 * The live routes refuse what they must before doing any work: an oversized
 * body, and an event stream for a game nobody hosts or plays in.
 */
import { expect, test } from "@playwright/test";

test("live routes refuse oversized bodies and unknown games' events, with a message", async ({ request }) => {
  const big = JSON.stringify({ pin: "123456", nickname: "x".repeat(20_000) });
  const join = await request.post("/api/live/join", { data: big, headers: { "content-type": "application/json" } });
  expect(join.status()).toBe(413);
  expect(await join.json()).toEqual({ error: "That request is too large." });

  const answer = await request.post("/api/live/some-game/answer", { data: big, headers: { "content-type": "application/json" } });
  expect(answer.status()).toBe(413);
  expect(await answer.json()).toEqual({ error: "That request is too large." });

  // The answer path is served outside Next's pipeline (scripts/serve.ts): same refusals, same security headers.
  const unreadable = await request.post("/api/live/some-game/answer", { data: "index=0", headers: { "content-type": "text/plain" } });
  expect(unreadable.status()).toBe(400);
  expect(await unreadable.json()).toEqual({ error: "That answer could not be read." });
  const noPlayer = await request.post("/api/live/some-game/answer", { data: { index: 0, optionId: "x" } });
  expect(noPlayer.status()).toBe(404);
  for (const reply of [answer, unreadable, noPlayer]) {
    expect(reply.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(reply.headers()["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers()["x-frame-options"]).toBe("DENY");
    // Only serve.ts's own answer path sets this (Next's route does not): proof these bypassed Next's pipeline.
    expect(reply.headers()["cache-control"]).toBe("no-store");
  }

  const notJson = await request.post("/api/live/join", { data: "pin=123456", headers: { "content-type": "text/plain" } });
  expect(notJson.status()).toBe(400);

  for (const id of ["no-such-game", "cl0000000000000000000000"]) {
    const events = await request.get(`/api/live/${id}/events`);
    expect(events.status()).toBe(404);
    const asHost = await request.get(`/api/live/${id}/events?as=host`);
    expect(asHost.status()).toBe(404);
  }
});
