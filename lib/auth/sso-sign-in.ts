import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { env } from "@/lib/env";
import { redeemInviteWithIdentity } from "@/lib/invites/redeem-invite";
import { pausedError, type RedeemError } from "@/lib/invites/redeem-errors";
import { requestContext } from "@/lib/request-context";
import { fail, ok, type Result } from "@/lib/result";
import { getSettings } from "@/lib/settings/get-settings";
import { normalizeCode } from "@/lib/invites/codes";
import { findUserByIdentity, linkIdentity, signUpFromDomain } from "@/lib/users/identities";
import { safeCallbackUrl } from "./callback-url";
import { homeFor } from "./policy";
import { getCurrentUser, startSession } from "./session";
import { clearPendingIdentity, pendingIdentity, setPendingIdentity, setSsoIntent, takeSsoIntent } from "./sso-intent";
import { providerName, type ProviderIdentity } from "./sso-providers";

const loginError = (code: string) => `/login?error=${encodeURIComponent(code)}`;

/**
 * An account from an invite and a verified provider identity, then a session: the one way an unknown identity
 * gets in with an invite, whether the code came with the round trip or was typed afterwards.
 */
async function redeemWithIdentity(code: string, identity: ProviderIdentity): Promise<Result<string, RedeemError>> {
  const context = await requestContext();
  if (!identity.email || !identity.emailVerified) {
    return { ok: false, error: { code: "validation", message: "Your provider did not confirm your e-mail address, so it cannot be used to create an account." } };
  }
  const result = await redeemInviteWithIdentity({
    code,
    email: identity.email,
    name: identity.name ?? identity.email.split("@")[0]!,
    identity: { provider: identity.provider, subject: identity.subject },
    ...context,
  });
  if (!result.ok) return result;
  await clearPendingIdentity();
  // An invite that needs approval made an account that cannot sign in yet, as with a password.
  if (result.data.user.pendingApproval) return ok("/login?pending=1");
  await startSession(result.data.user);
  return ok(`${homeFor(result.data.user)}?welcome=1`);
}

/**
 * Where a provider round trip ends, decided by this application (next-auth only runs the OAuth exchange): the
 * answer is the address to send the browser to, and every sign-in opens the same server-side session record as a
 * password sign-in does. A known identity signs in; linking adds it to the signed-in account; an unknown one
 * needs an invite (brought along, or typed on the invite-only page) unless its verified e-mail domain is one an
 * ADMIN opened for sign-up.
 */
export async function completeSsoSignIn(identity: ProviderIdentity): Promise<string> {
  const intent = await takeSsoIntent();
  const { ip } = await requestContext();
  const absolute = (path: string) => new URL(path, env().NEXTAUTH_URL).toString();

  if (intent.kind === "link") {
    const user = await getCurrentUser();
    if (!user || user.id !== intent.userId || user.sessionId !== intent.sessionId) return absolute(loginError("SessionChanged"));
    const linked = await linkIdentity({ actor: user, identity });
    return absolute(linked.ok ? `/account?linked=${encodeURIComponent(identity.provider)}` : `/account?linkError=${encodeURIComponent(linked.error.code)}`);
  }

  const known = await findUserByIdentity(identity);
  if (known) {
    if (known.disabled) {
      await recordAuditEvent({ actorId: known.id, action: "auth.sign_in_failed", ip, detail: { provider: identity.provider, reason: "disabled" } });
      return absolute(loginError("AccountDisabled"));
    }
    await recordAuditEvent({ actorId: known.id, action: "auth.sign_in", ip, detail: { email: known.email, provider: identity.provider } });
    await startSession(known);
    // Someone who already has an account and follows an invite link lands on it, to use it with their account.
    if (intent.kind === "invite") return absolute(`/invite/${intent.code}`);
    return absolute(safeCallbackUrl(intent.callbackUrl, env().NEXTAUTH_URL) ?? homeFor(known));
  }

  if (!identity.email || !identity.emailVerified) return absolute(loginError("EmailUnverified"));

  if (intent.kind === "invite") {
    const redeemed = await redeemWithIdentity(intent.code, identity);
    return absolute(redeemed.ok ? redeemed.data : `/invite/${intent.code}?ssoError=${redeemed.error.code}`);
  }

  const signedUp = await signUpFromDomain({ identity: { ...identity, email: identity.email }, ip });
  if (signedUp?.ok) {
    await startSession(signedUp.data);
    return absolute(`${homeFor(signedUp.data)}?welcome=1`);
  }
  if (signedUp) return absolute(loginError(signedUp.error.code));

  await recordAuditEvent({ action: "auth.sign_in_failed", ip, detail: { provider: identity.provider, reason: "no_invite" } });
  await setPendingIdentity(identity);
  return absolute("/sso/invite-only");
}

/**
 * Before the round trip: remembers why the visitor goes to the provider. With an invite code the pause is
 * checked first, so nobody is sent to the provider for a redemption that would be refused.
 */
export async function beginSso(args: { provider: string; code?: string; callbackUrl?: string }): Promise<Result<{ provider: string }>> {
  if (!providerName(args.provider)) return fail("not_found", "This sign-in provider is not configured.");
  if (args.code) {
    const settings = await getSettings();
    if (settings.redemptionsPaused) return { ok: false, error: pausedError(settings.pauseMessage) };
    await setSsoIntent({ kind: "invite", code: normalizeCode(args.code) });
  } else {
    await setSsoIntent({ kind: "sign-in", callbackUrl: args.callbackUrl ?? null });
  }
  return ok({ provider: args.provider });
}

/** Before a round trip that links the provider to the signed-in account (this very session must come back). */
export async function beginSsoLink(args: { provider: string; user: { id: string; sessionId: string } }): Promise<Result<{ provider: string }>> {
  if (!providerName(args.provider)) return fail("not_found", "This sign-in provider is not configured.");
  await setSsoIntent({ kind: "link", userId: args.user.id, sessionId: args.user.sessionId });
  return ok({ provider: args.provider });
}

/** The invite-only page's form: the code typed for the identity the provider vouched for a moment ago. */
export async function redeemPendingIdentity(code: string): Promise<Result<string, RedeemError | { code: string; message: string }>> {
  const identity = await pendingIdentity();
  if (!identity) return fail("expired", "Your sign-in with the provider has expired. Please start again.");
  return redeemWithIdentity(code, identity);
}
