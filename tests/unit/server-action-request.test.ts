import { describe, expect, it } from "vitest";
import { checkActionBody, checkActionHeaders, MAX_ACTION_BODY_BYTES, nestingDepth } from "@/lib/http/server-action-request";

const ID = "7f".repeat(21);
const good = (over: Record<string, string | null> = {}) => {
  const h = new Headers({ "next-action": ID, origin: "http://quiz.school:3000", host: "quiz.school:3000", "content-type": "text/plain;charset=UTF-8", "content-length": "40" });
  for (const [k, v] of Object.entries(over)) {
    if (v === null) h.delete(k);
    else h.set(k, v);
  }
  return h;
};

describe("server-action request headers", () => {
  it("pass for a post from the app's own page", () => {
    expect(checkActionHeaders(good())).toBeNull();
    expect(checkActionHeaders(good({ "content-type": "multipart/form-data; boundary=----x" }))).toBeNull();
  });

  it.each([
    ["a foreign Origin", { origin: "https://evil.example" }, 403],
    ["no Origin", { origin: null }, 403],
    ["an Origin that is not a URL", { origin: "null" }, 403],
    ["a bogus action id", { "next-action": "../../etc/passwd" }, 404],
    ["JSON content", { "content-type": "application/json" }, 415],
    ["form data without a boundary", { "content-type": "multipart/form-data" }, 400],
    ["a body over 1 MB", { "content-length": String(MAX_ACTION_BODY_BYTES + 1) }, 413],
    ["an empty body", { "content-length": "0" }, 400],
  ] as const)("refuse %s", (_, over, status) => {
    expect(checkActionHeaders(good(over))?.status).toBe(status);
  });
});

describe("server-action request bodies", () => {
  it("pass the app's own inputs", () => {
    expect(checkActionBody(JSON.stringify([{ attemptId: "a", answer: { kind: "order", order: ["x", "y"] } }]), "text/plain")).toBeNull();
    expect(checkActionBody(JSON.stringify([{ typed: "[[[[[[[[ in a string ]]]" }]), "text/plain")).toBeNull();
  });

  it("refuse empty, oversized, deep and non-JSON bodies", () => {
    expect(checkActionBody("", "text/plain")?.status).toBe(400);
    expect(checkActionBody("x".repeat(MAX_ACTION_BODY_BYTES + 1), "text/plain")?.status).toBe(413);
    expect(checkActionBody("[".repeat(20_000) + "]".repeat(20_000), "text/plain")?.status).toBe(400);
    expect(checkActionBody("{not json", "text/plain")?.status).toBe(400);
    // In form data a stray quote cannot hide brackets.
    expect(checkActionBody(`"${"[".repeat(100)}`, "multipart/form-data; boundary=x")?.status).toBe(400);
  });

  it("measure nesting without recursing", () => {
    expect(nestingDepth('[{"a":[1]}]')).toBe(3);
    expect(nestingDepth('["[[["]')).toBe(1);
    expect(nestingDepth("[".repeat(200_000))).toBe(200_000);
  });
});
