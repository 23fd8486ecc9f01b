import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import type { ProviderIdentity } from "./sso-providers";

/** Why the visitor went to the provider: to sign in, to redeem an invite, or to link the provider to their account. */
export type SsoIntent =
  | { kind: "sign-in"; callbackUrl: string | null }
  | { kind: "invite"; code: string }
  | { kind: "link"; userId: string; sessionId: string };

const INTENT = "sso-intent";
const PENDING = "sso-pending";
// Long enough for a provider's sign-in page, short enough that a forgotten tab does not keep it.
const MAX_AGE = 15 * 60;

/*
 * Both cookies are next-auth's encrypted JWTs (the session cookie's format and secret): the invite code in an
 * intent and the identity a provider vouched for are readable by nobody, and cannot be forged, by the browser
 * that carries them. SameSite=Lax, because the provider sends the browser back with a top-level GET.
 */
async function put(name: string, payload: Record<string, unknown>): Promise<void> {
  const value = await encode({ token: payload, secret: env().NEXTAUTH_SECRET, maxAge: MAX_AGE });
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: env().NEXTAUTH_URL.startsWith("https://"), maxAge: MAX_AGE });
}

async function read(name: string): Promise<Record<string, unknown> | null> {
  const raw = (await cookies()).get(name)?.value;
  if (!raw) return null;
  return (await decode({ token: raw, secret: env().NEXTAUTH_SECRET }).catch(() => null)) as Record<string, unknown> | null;
}

export async function setSsoIntent(intent: SsoIntent): Promise<void> {
  await put(INTENT, { intent });
}

/** The intent of this round trip, once: it is forgotten as it is read. */
export async function takeSsoIntent(): Promise<SsoIntent> {
  const payload = await read(INTENT);
  (await cookies()).delete(INTENT);
  return (payload?.intent as SsoIntent | undefined) ?? { kind: "sign-in", callbackUrl: null };
}

/** An identity the provider verified that has no account yet, kept while its owner types an invite code. */
export async function setPendingIdentity(identity: ProviderIdentity): Promise<void> {
  await put(PENDING, { identity });
}

export async function pendingIdentity(): Promise<ProviderIdentity | null> {
  return ((await read(PENDING))?.identity as ProviderIdentity | undefined) ?? null;
}

export async function clearPendingIdentity(): Promise<void> {
  (await cookies()).delete(PENDING);
}
