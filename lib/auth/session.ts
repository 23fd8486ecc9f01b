import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";
import { requestContext } from "@/lib/request-context";
import type { Actor } from "./actor";
import { findActiveUser } from "./find-active-user";
import { SESSION_MAX_AGE } from "./auth-options";

export type SessionUser = Actor & { email: string; name: string };

function sessionCookieName(): string {
  return env().NEXTAUTH_URL.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** The session JWT's claims, when the cookie is present and its signature and expiry check out. */
async function sessionClaims(): Promise<{ userId: string; sessionVersion: number } | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  if (typeof token?.sub !== "string" || typeof token.sv !== "number") return null;
  return { userId: token.sub, sessionVersion: token.sv };
}

/**
 * The signed-in user, re-read from the database on every request: a disabled user, a changed role or a bumped
 * session version (password reset, "sign out everywhere") takes effect on the very next one. Within one
 * server render (layout, header and page) React's cache reads it once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  const user = claims && (await findActiveUser(claims));
  if (!user) return null;
  const { ip } = await requestContext();
  return { ...user, ip };
});

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  return user;
}

/** The one role check for pages, actions and routes: the user when their role is allowed, else null. */
export async function userWithRole(roles: readonly Role[]): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  return user && roles.includes(user.role) ? user : null;
}

/** For pages: the user when their role is allowed; signed-out people go to sign-in, others to their account. */
export async function requireRole(roles: readonly Role[], callbackUrl?: string): Promise<SessionUser> {
  const user = await requireUser(callbackUrl);
  if (!roles.includes(user.role)) redirect("/account?denied=1");
  return user;
}

/** Signs a user in from server code (after sign-in or redemption) with the same JWT next-auth issues. */
export async function startSession(user: { id: string; email: string; name: string; sessionVersion: number }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
    secret: env().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
