import { NextResponse, type NextRequest } from "next/server";
import { malformedActionPost, malformedPath, type Refusal } from "@/lib/security/request-guards";
import { contentSecurityPolicy, createNonce, HSTS, signInOrigins, STATIC_SECURITY_HEADERS } from "@/lib/security/security-headers";

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

function secure(response: NextResponse, csp: string, https: boolean): NextResponse {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

const isApi = (request: NextRequest) => request.nextUrl.pathname.startsWith("/api/");

/** The API's error shape for API routes and script-driven actions; plain text for a form posted without scripts. */
function refuse(request: NextRequest, refusal: Refusal): NextResponse {
  if (isApi(request) || request.headers.has("next-action")) {
    return NextResponse.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status });
  }
  return new NextResponse(`${refusal.message}\n`, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * Every request: a fresh CSP nonce (Next.js reads the policy from the request and puts the nonce on its scripts),
 * the security headers on the response, and the requests Next.js would answer with a 500 turned away with a 4xx.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = isHttps(request);
  const csp = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development", formActions: signInOrigins(process.env) });

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);

  const badPath = malformedPath(request.nextUrl.pathname);
  // A page address that cannot be decoded names no page: the site's own not-found page says so.
  if (badPath && !isApi(request)) return secure(NextResponse.rewrite(new URL("/not-found", request.url), { request: { headers } }), csp, https);
  const refusal = badPath ?? (request.method === "POST" && !isApi(request) ? await malformedActionPost(request) : null);
  if (refusal) return secure(refuse(request, refusal), csp, https);

  return secure(NextResponse.next({ request: { headers } }), csp, https);
}

export const config = { matcher: "/:path*" };
