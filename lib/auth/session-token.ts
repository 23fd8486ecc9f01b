import "server-only";
import { encode } from "next-auth/jwt";

const COOKIE = "next-auth.session-token";

/** next-auth's session cookie; a site served over HTTPS uses the __Secure- form, which browsers guard. */
export function sessionCookieName(siteUrl: string): string {
  return siteUrl.startsWith("https://") ? `__Secure-${COOKIE}` : COOKIE;
}

/**
 * The session cookie's value: next-auth's encrypted JWT naming the user and the session record, living no
 * longer than the record. Sign-in makes it, and so do tests that sign in without the form: one recipe for both.
 */
export async function encodeSessionToken(
  user: { id: string; email: string; name: string },
  session: { id: string; expiresAt: Date },
  secret: string,
  at: Date,
): Promise<{ token: string; maxAge: number }> {
  const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - at.getTime()) / 1000));
  const token = await encode({ token: { sub: user.id, sid: session.id, email: user.email, name: user.name }, secret, maxAge });
  return { token, maxAge };
}
