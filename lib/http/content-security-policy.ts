/**
 * The page CSP, with a fresh nonce per request (proxy.ts): scripts run only
 * when they carry the nonce or are loaded by one that does ('strict-dynamic'),
 * so an injected inline script does not run. Inline styles stay allowed: React
 * style attributes cannot carry a nonce, and styles do not run code.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(development ? [`'unsafe-eval'`] : [])].join(" ");
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** For responses that are not pages (route handlers): nothing may load or run. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
