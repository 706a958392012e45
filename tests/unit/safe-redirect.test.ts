import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

const ORIGIN = "http://factbound.test";

/** Where a browser would end up following `path` from a page of this app. */
function landsOn(path: string): string {
  return new URL(path, `${ORIGIN}/login`).origin;
}

describe("the post-sign-in destination", () => {
  it("keeps this app's own paths, with their query and fragment", () => {
    for (const path of ["/teacher", "/teacher/classes/abc?tab=roster", "/play/x#q3", "/student/articles/a%20b", "/"]) {
      expect(safeCallbackPath(path)).toBe(path);
    }
  });

  const hostile = [
    "https://evil.example/",
    "http:evil.example",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r/evil.example/",
    "/\r\n/evil.example/",
    "/%09/evil.example/",
    "/%0a/evil.example/",
    "/%0D/evil.example/",
    "/%5C/evil.example/",
    "/%2F/evil.example/",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/ /evil.example",
    " //evil.example",
    "/\u0000/evil.example",
    "/\u000b/evil.example",
    "javascript:alert(1)",
    "/javascript:alert(1)//",
    "data:text/html,<script>alert(1)</script>",
    "https:/evil.example",
    "/@evil.example",
    "//user:pass@evil.example",
    "/\\/evil.example",
    "/\u3000/evil.example",
    "/．/evil.example",
    "",
    "teacher",
  ];

  it.each(hostile)("never leaves the site for %j", (raw) => {
    const result = safeCallbackPath(raw, "/fallback");
    expect(landsOn(result)).toBe(ORIGIN);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    // Also after the browser decodes it once more, as a client-side router might.
    expect(landsOn(decodeURIComponent(result))).toBe(ORIGIN);
  });

  it("refuses the known bypasses outright rather than rewriting them", () => {
    for (const raw of ["/\t/evil.example/", "/\\evil.example/", "//evil.example/", "https://evil.example/"]) {
      expect(safeCallbackPath(raw, "/fallback")).toBe("/fallback");
    }
  });
});
