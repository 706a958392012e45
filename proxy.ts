import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "./lib/http/content-security-policy";
import { checkActionBody, checkActionHeaders } from "./lib/http/server-action-request";

/**
 * Runs before every page request. It does three things and no access checks
 * (those sit in the pages and actions):
 * 1. refuses malformed server-action posts with a 4xx before Next parses them;
 * 2. sends a visitor with no session cookie who asks for a signed-in area to
 *    the sign-in page;
 * 3. gives each page its CSP with a fresh nonce, which Next puts on its scripts.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Live games (/play/live) take guests without an account; their pages check for themselves.
const SIGNED_IN_AREAS = /^\/(teacher|student|play(?!\/live(\/|$)))(\/|$)/;

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = checkActionHeaders(request.headers) ?? checkActionBody(await request.text(), request.headers.get("content-type") ?? "");
    if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  if (SIGNED_IN_AREAS.test(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }

  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

// Every page and action; not route handlers (api/) or static files, which get their headers from next.config.ts.
export const config = { matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico).*)"] };
