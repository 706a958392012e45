import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { DEFAULT_DATABASE_URL, databaseUrl, providerOf, redactUrl, sqliteFilePath } from "@/lib/db/config";
import { deriveSchema } from "@/lib/db/schemas";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { securityHeaders } from "@/lib/security-headers";
import { JOIN_CODE_ALPHABET, newJoinCode } from "@/lib/classroom/join-code";

describe("database configuration", () => {
  it("picks the provider from DATABASE_URL and defaults to the embedded SQLite file", () => {
    expect(databaseUrl({} as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
    expect(providerOf("file:./x.db")).toBe("sqlite");
    expect(providerOf("postgres://u:p@h/db")).toBe("postgresql");
    expect(providerOf("postgresql://h/db")).toBe("postgresql");
    expect(() => providerOf("mysql://u:secret@h/db")).toThrow(/u:\*\*\*@h/);
    expect(sqliteFilePath("file:./data/a.db", "/srv/app")).toBe("/srv/app/data/a.db");
    expect(redactUrl("postgresql://me:hunter2@db:5432/x")).toBe("postgresql://me:***@db:5432/x");
  });

  it("derives a provider's schema by changing only the provider and the client folder", () => {
    const source = 'datasource db {\n  provider = "sqlite"\n}\n\ngenerator client {\n  provider = "prisma-client"\n  output   = "../x"\n}\nmodel A {\n  id String @id\n}\n';
    const pg = deriveSchema(source, "postgresql");
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('provider = "prisma-client"');
    expect(pg).toMatch(/output\s+=\s+"\.\.\/\.\.\/\.\.\/lib\/db\/generated\/postgresql"/);
    expect(pg).toContain("model A {");
    expect(() => deriveSchema("model A { id String @id }", "sqlite")).toThrow(/datasource/);
  });
});

describe("small security helpers", () => {
  it("accepts only same-site paths after sign-in", () => {
    expect(safeCallbackPath("/student")).toBe("/student");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath(undefined, "/x")).toBe("/x");
  });

  it("forbids inline scripts, eval and framing in production", () => {
    const csp = contentSecurityPolicy("abc123", false);
    const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("abc123", true)).toContain("'unsafe-eval'");
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(securityHeaders().map((h) => h.key)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"]));
  });

  it("makes join codes from unambiguous characters", () => {
    for (let i = 0; i < 50; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(6);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL25SZ8B]/);
  });
});
