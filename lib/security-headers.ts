import { NON_PAGE_CSP } from "./http/content-security-policy";

/**
 * Security headers for every response. Pages get their Content-Security-Policy
 * (with a per-request nonce) from proxy.ts; route handlers get a CSP that lets
 * nothing load or run. No page may be framed.
 */
export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}

export const routeHandlerHeaders = [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }];
