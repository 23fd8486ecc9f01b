/*
 * The headers every response carries. Invite codes and reset tokens live in URL paths, so no Referer may carry
 * them anywhere; no page may be framed (clickjacking an admin's revoke button); scripts run only with this
 * request's nonce, which Next.js puts on its own scripts when it finds the policy on the request.
 */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export const HSTS = "max-age=63072000; includeSubDomains";

/** A fresh nonce: 16 random bytes, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Where a sign-in form may lead besides this site: a single sign-on button posts to /api/auth/signin, which
 * redirects to the provider, and browsers hold that redirect to `form-action` too. Read from the environment
 * directly (proxy.ts runs outside the server bundle that lib/env.ts belongs to); an unparsable issuer adds nothing.
 */
export function signInOrigins(env: Record<string, string | undefined>): string[] {
  const origins: string[] = [];
  if (env.OIDC_ISSUER) {
    try {
      origins.push(new URL(env.OIDC_ISSUER).origin);
    } catch {
      // lib/env.ts reports the bad value at startup
    }
  }
  if (env.GITHUB_ID) origins.push("https://github.com");
  if (env.GOOGLE_CLIENT_ID) origins.push("https://accounts.google.com");
  return origins;
}

/**
 * The policy for one response. Styles may be inline (components set style attributes, which nonces cannot
 * cover); scripts may not. Development adds 'unsafe-eval', which React's dev build needs for its stack traces.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean; formActions?: string[] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...(options.formActions ?? [])].join(" "),
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
