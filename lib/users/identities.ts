import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { ProviderIdentity } from "@/lib/auth/sso-providers";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { getSettings } from "@/lib/settings/get-settings";
import { LINK_ERRORS } from "@/lib/auth/sso-messages";
import { domainAllowed } from "@/lib/invites/email-restrictions";

export type IdentityUser = { id: string; email: string; name: string; role: Role; disabled: boolean };

const userSelect = { id: true, email: true, name: true, role: true, disabled: true } as const;

/** The account an identity is linked to, if any; marks the link as used. */
export async function findUserByIdentity(identity: { provider: string; subject: string }): Promise<IdentityUser | null> {
  const link = await db.userIdentity.findUnique({
    where: { provider_subject: { provider: identity.provider, subject: identity.subject } },
    select: { id: true, user: { select: userSelect } },
  });
  if (!link) return null;
  await db.userIdentity.update({ where: { id: link.id }, data: { lastUsedAt: now() } });
  return link.user;
}

export async function listIdentities(userId: string) {
  return db.userIdentity.findMany({ where: { userId }, select: { provider: true, email: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: "asc" } });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Links a provider identity to the signed-in person's account: one identity per provider and account, each identity on one account. */
export async function linkIdentity(args: { actor: Actor; identity: ProviderIdentity }): Promise<Result<{ provider: string }>> {
  const { identity } = args;
  const owner = await db.userIdentity.findUnique({ where: { provider_subject: { provider: identity.provider, subject: identity.subject } }, select: { userId: true } });
  if (owner) {
    return owner.userId === args.actor.id ? fail("already_linked", LINK_ERRORS.already_linked) : fail("identity_taken", LINK_ERRORS.identity_taken);
  }
  try {
    await db.$transaction(async (tx: Tx) => {
      await tx.userIdentity.create({ data: { userId: args.actor.id, provider: identity.provider, subject: identity.subject, email: identity.email, lastUsedAt: now() } });
      await recordAuditEvent({ actorId: args.actor.id, action: "auth.identity_link", target: args.actor.id, ip: args.actor.ip, detail: { provider: identity.provider } }, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("provider_taken", LINK_ERRORS.provider_taken);
    throw error;
  }
  return ok({ provider: identity.provider });
}

/**
 * Unlinks a provider from the person's own account, unless it is their last way to sign in (no password and no
 * other provider): nobody locks themselves out by accident.
 */
export async function unlinkIdentity(args: { actor: Actor; provider: string }): Promise<Result<{ provider: string }>> {
  return db.$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: args.actor.id }, select: { passwordHash: true, identities: { select: { id: true, provider: true } } } });
    const link = user?.identities.find((identity) => identity.provider === args.provider);
    if (!user || !link) return fail("not_found", "Your account is not linked to this provider.");
    if (!user.passwordHash && user.identities.length === 1) {
      return fail("conflict", "This is the only way you can sign in. Link another provider or set a password before unlinking it.");
    }
    await tx.userIdentity.delete({ where: { id: link.id } });
    await recordAuditEvent({ actorId: args.actor.id, action: "auth.identity_unlink", target: args.actor.id, ip: args.actor.ip, detail: { provider: args.provider } }, tx);
    return ok({ provider: args.provider });
  });
}

/**
 * Sign-up through single sign-on without an invite, for the e-mail domains an ADMIN listed: a MEMBER account
 * from the provider's verified e-mail and name, with the identity linked, in one transaction. The pause stops
 * this way in as well.
 */
export async function signUpFromDomain(args: { identity: ProviderIdentity & { email: string }; ip: string | null }): Promise<Result<IdentityUser> | null> {
  const settings = await getSettings();
  if (!args.identity.emailVerified || settings.ssoSignupDomains.length === 0 || !domainAllowed(args.identity.email, settings.ssoSignupDomains)) return null;
  if (settings.redemptionsPaused) return fail("paused", "Sign-ups are paused by an administrator right now. Please try again later.");
  try {
    const user = await db.$transaction(async (tx: Tx) => {
      const created = await tx.user.create({
        data: {
          email: args.identity.email.toLowerCase(),
          name: args.identity.name ?? args.identity.email.split("@")[0]!,
          passwordHash: null,
          identities: { create: { provider: args.identity.provider, subject: args.identity.subject, email: args.identity.email, lastUsedAt: now() } },
        },
        select: userSelect,
      });
      await recordAuditEvent({ actorId: created.id, action: "auth.sso_sign_up", target: created.id, ip: args.ip, detail: { provider: args.identity.provider, domain: created.email.split("@")[1]! } }, tx);
      return created;
    });
    return ok(user);
  } catch (error) {
    if (isUniqueViolation(error)) return fail("email_taken", "An account with this e-mail address already exists. Sign in with it and link this provider on your account page.");
    throw error;
  }
}
