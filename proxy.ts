import { type NextRequest, NextResponse } from "next/server";

/**
 * The proxy only (1) redirects anonymous visitors to sign-in, (2) sets a per-request CSP nonce
 * and request id, and (3) marks responses no-store. It is never the security boundary: every
 * page, action and route handler checks the session and permission itself (docs/architecture.md).
 */
const PUBLIC_PAGES = ["/signin", "/setup"];
// "/api/testing" exists only in end-to-end builds and guards itself (ADR 0013); elsewhere it is a 404.
const PUBLIC_API = ["/api/auth", "/api/health", "/api/telephony", "/api/testing"];
const SESSION_COOKIES = ["intake.session", "__Host-intake.session"];

function isPublic(pathname: string): boolean {
  return (
    PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ||
    PUBLIC_API.some((p) => pathname === p || pathname.startsWith(`${p}/`))
  );
}

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const requestId = crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce);

  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSessionCookie && !isPublic(pathname)) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "Sign in required." }, { status: 401, headers: { "x-request-id": requestId } });
    }
    const signIn = new URL("/signin", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  response.headers.set("cache-control", "no-store");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
