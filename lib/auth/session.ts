import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { recordDenial } from "@/lib/audit/record-denial";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { requestContext } from "@/lib/request-context";
import { createSession } from "@/lib/sessions/create-session";
import { findLiveSession } from "@/lib/sessions/find-live-session";
import { signOutSession } from "@/lib/sessions/sign-out";
import type { Actor } from "./actor";
import { can, type Permission } from "./policy";
import { encodeSessionToken, sessionCookieName } from "./session-token";

/** The signed-in person, as every page, action and route sees them. */
export type SessionUser = Actor & { email: string; name: string; sessionId: string };

function cookieName(): string {
  return sessionCookieName(env().NEXTAUTH_URL);
}

/**
 * The cookie's claims when its signature and expiry check out. The cookie is next-auth's encrypted JWT; it
 * carries only the user's id and the session record's id, and proves nothing on its own: the record decides.
 */
async function sessionClaims(): Promise<{ userId: string; sessionId: string } | null> {
  const raw = (await cookies()).get(cookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  return { userId: token.sub, sessionId: token.sid };
}

/**
 * The signed-in user, read from the session record and the user row on every request: an ended session, a
 * disabled user or a changed role takes effect on the very next request, on every instance. Within one server
 * render (layout, header and page) React's cache reads it once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  const live = claims && (await findLiveSession(claims));
  if (!live) return null;
  const { ip } = await requestContext();
  return { ...live.user, sessionId: live.sessionId, ip };
});

/** For pages: the user, or a redirect to the sign-in page that comes back to `path`. */
export async function requireUser(path: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/**
 * For pages: the user when the policy grants them `permission`. Signed-out visitors go to sign-in; anyone else
 * is refused in place (HTTP 403, the page's layout kept) and the refusal is recorded.
 */
export async function requirePermission(permission: Permission, path: string): Promise<SessionUser> {
  const user = await requireUser(path);
  if (!can(user, permission)) {
    await recordDenial({ subject: user, ip: user.ip ?? null, what: `page ${path}`, permission, status: 403 });
    forbidden();
  }
  return user;
}

/**
 * Signs a user in: opens a session record and sets next-auth's session cookie naming it. The cookie lives no
 * longer than the record's absolute lifetime; nothing extends either.
 */
export async function startSession(user: { id: string; email: string; name: string }): Promise<void> {
  const context = await requestContext();
  const session = await createSession({ userId: user.id, ip: context.ip, userAgent: context.userAgent });
  const { token, maxAge } = await encodeSessionToken(user, session, env().NEXTAUTH_SECRET, now());
  (await cookies()).set(cookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookieName().startsWith("__Secure-"),
    maxAge,
  });
}

/** Signs out: ends the current session record (when there is one, with its audit event) and clears the cookie. */
export async function signOut(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await signOutSession(user);
  await clearSessionCookie();
}

/** Forgets the cookie in this browser (after its session was ended some other way, e.g. "sign out everywhere"). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(cookieName());
}
