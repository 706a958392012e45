import { describe, expect, it } from "vitest";
import { readSmallJson, TOO_LARGE } from "@/lib/live/read-json";

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/live/join", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** A body streamed in chunks, with no length declared up front. */
function streamed(chunks: string[]) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

describe("reading a live route's small JSON body", () => {
  it("reads a join or an answer", async () => {
    expect(await readSmallJson(post(JSON.stringify({ pin: "123456", nickname: "Fox" })))).toEqual({ pin: "123456", nickname: "Fox" });
  });

  it("answers null to a body that is not JSON, and to none", async () => {
    expect(await readSmallJson(post("pin=123456"))).toBeNull();
    expect(await readSmallJson(new Request("http://localhost/x", { method: "POST" }))).toBeNull();
  });

  it("refuses a declared length over the limit without reading it", async () => {
    expect(await readSmallJson(post("{}", { "content-length": "5000000" }), 4096)).toBe(TOO_LARGE);
  });

  it("stops reading a streamed body once it passes the limit", async () => {
    const chunk = "x".repeat(1000);
    expect(await readSmallJson(post(streamed(['{"pin":"', chunk, chunk, chunk, chunk, chunk, '"}'])), 4096)).toBe(TOO_LARGE);
    expect(await readSmallJson(post(streamed(['{"pin":', '"123456"}'])), 4096)).toEqual({ pin: "123456" });
  });
});
