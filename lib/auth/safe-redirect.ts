// Any origin will do: the path is resolved against it and must stay on it.
const PROBE_ORIGIN = "http://factbound.invalid";

/**
 * A post-sign-in destination: only a path on this site. The raw value is read
 * by the browser's own URL rules (WHATWG URL), which drop tabs and newlines and
 * read "\" as "/", so "/\t/evil.example" or "/\\evil.example" (both
 * "//evil.example" to a browser) are refused like "https://evil.example".
 * Returns the path as parsed, so what the browser follows is what was checked.
 */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || raw.length > 2048 || !raw.startsWith("/")) return fallback;
  // Control characters and backslashes have no place in a path we hand out.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (parsed.origin !== PROBE_ORIGIN || parsed.username || parsed.password) return fallback;
  const path = parsed.pathname + parsed.search + parsed.hash;
  // A path that itself starts with "//" would be read as another host the next time round,
  // and so would one that turns into such a path when something decodes it once more.
  if (!path.startsWith("/") || path.startsWith("//") || !staysOnSiteDecoded(path)) return fallback;
  return path;
}

function staysOnSiteDecoded(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return !/[\u0000-\u001f\u007f\\]/.test(decoded) && !decoded.startsWith("//") && new URL(decoded, PROBE_ORIGIN).origin === PROBE_ORIGIN;
}
