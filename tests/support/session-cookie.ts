import { encode } from "next-auth/jwt";
import { createSession } from "@/lib/sessions/create-session";

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A signed-in session for a test, made the way the app makes one (a session record, and next-auth's JWT naming
 * it, signed with the server's secret) without clicking through the sign-in form — as epic-stack and cal.com do.
 */
export async function sessionCookie(user: { id: string; email: string; name: string }, secret = process.env.NEXTAUTH_SECRET!): Promise<string> {
  const session = await createSession({ userId: user.id, ip: "127.0.0.1", userAgent: "test" });
  const maxAge = Math.floor((session.expiresAt.getTime() - Date.now()) / 1000);
  const token = await encode({ token: { sub: user.id, sid: session.id, email: user.email, name: user.name }, secret, maxAge });
  return `${SESSION_COOKIE}=${token}`;
}
