import { NextResponse, type NextRequest } from "next/server";

/**
 * Only redirects: a visitor with no session cookie who asks for a signed-in
 * area goes to the sign-in page. Every real check sits in the page or action.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// Live games (/play/live) take guests without an account; their pages check for themselves.
export const config = { matcher: ["/teacher/:path*", "/student/:path*", "/play/((?!live(?:/|$)).*)"] };
