import { encodeSessionToken, sessionCookieName } from "@/lib/auth/session-token";
import { createSession } from "@/lib/sessions/create-session";

/** The test servers run on plain HTTP. */
export const SESSION_COOKIE = sessionCookieName("http://localhost");

/**
 * A signed-in session for a test, made the way the app makes one (a session record, and next-auth's JWT naming
 * it, signed with the server's secret) without clicking through the sign-in form — as epic-stack and cal.com do.
 */
export async function sessionCookie(user: { id: string; email: string; name: string }, secret = process.env.NEXTAUTH_SECRET!): Promise<string> {
  const session = await createSession({ userId: user.id, ip: "127.0.0.1", userAgent: "test" });
  const { token } = await encodeSessionToken(user, session, secret, new Date());
  return `${SESSION_COOKIE}=${token}`;
}
