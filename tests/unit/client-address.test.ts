import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { applyForwardedPolicy, CLIENT_ADDRESS_HEADER, trustedProxyCount } from "@/lib/net/client-address";

const forged = (): IncomingHttpHeaders => ({
  host: "quiz.school.example",
  "x-forwarded-for": "6.6.6.6, 7.7.7.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-real-ip": "8.8.8.8",
  forwarded: "for=9.9.9.9;host=evil.example",
  [CLIENT_ADDRESS_HEADER]: "1.1.1.1",
});

describe("the client address", () => {
  it("is the socket's, and forwarded headers are dropped, when no proxy is trusted", () => {
    const headers = forged();
    expect(applyForwardedPolicy(headers, "::ffff:192.168.1.20", 0)).toBe("192.168.1.20");
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("192.168.1.20");
    expect(headers["x-forwarded-for"]).toBe("192.168.1.20");
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-real-ip", "forwarded"]) expect(headers[name]).toBeUndefined();
    expect(headers.host).toBe("quiz.school.example");
  });

  it("is the one the trusted proxy saw, however many addresses a client prepends", () => {
    const headers = forged();
    // The proxy at 10.0.0.2 appended the address it saw (7.7.7.7); 6.6.6.6 came from the client.
    expect(applyForwardedPolicy(headers, "10.0.0.2", 1)).toBe("7.7.7.7");
    expect(headers["x-forwarded-host"]).toBe("evil.example");
    expect(applyForwardedPolicy({ "x-forwarded-for": "1.2.3.4, 5.6.7.8, 10.0.0.3" }, "10.0.0.2", 2)).toBe("5.6.7.8");
  });

  it("falls back to the first address when there are fewer hops than trusted proxies", () => {
    expect(applyForwardedPolicy({}, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(applyForwardedPolicy({ "x-forwarded-for": "5.5.5.5" }, "10.0.0.2", 3)).toBe("5.5.5.5");
  });

  it("reads TRUST_PROXY as a small whole number", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("true")).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxyCount("-1")).toThrow(/TRUST_PROXY/);
  });
});
