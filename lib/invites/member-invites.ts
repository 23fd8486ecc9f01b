import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, MEMBER_INVITE_ROLE, mayCreateMemberInvites } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { getSettings } from "@/lib/settings/get-settings";
import { idSchema } from "@/lib/validation/fields";
import { codePrefix, formatCode, generateCode } from "./codes";

const DAY = 86_400_000;
export const QUOTA_WINDOW_DAYS = 30;
/** A member invite is for one person, soon: one use, valid a week. */
const MEMBER_INVITE_DAYS = 7;

export type MemberInviteAllowance = {
  allowed: boolean;
  /** Why not, in words for the person, when not allowed. */
  reason: string | null;
  quota: number;
  used: number;
  remaining: number;
};

type Person = { id: string; role: Actor["role"]; createdAt: Date; memberInviteQuota: number | null; memberInvitesBlocked: boolean };

async function usedInWindow(userId: string, client: Tx = db): Promise<number> {
  return client.invite.count({ where: { createdById: userId, memberQuota: true, createdAt: { gt: new Date(now().getTime() - QUOTA_WINDOW_DAYS * DAY) } } });
}

/**
 * Whether a person may create a Member invite now, and how many are left: the ADMIN switch for their role
 * (members and editors separately), not taken away from them, an account old enough, and their quota (their own,
 * or the site's) of invites per 30 days not used up.
 */
async function allowance(person: Person, client: Tx = db): Promise<MemberInviteAllowance> {
  const settings = await getSettings(client);
  const quota = person.memberInviteQuota ?? settings.memberInviteQuota;
  const used = await usedInWindow(person.id, client);
  const remaining = Math.max(0, quota - used);
  const refuse = (reason: string) => ({ allowed: false, reason, quota, used, remaining });
  if (!mayCreateMemberInvites(person, settings)) return refuse("Inviting people from your account is not open for your role.");
  if (person.memberInvitesBlocked) return refuse("An administrator has turned off invites from your account.");
  const ageDays = (now().getTime() - person.createdAt.getTime()) / DAY;
  if (ageDays < settings.memberInviteMinAccountDays) {
    const wait = Math.ceil(settings.memberInviteMinAccountDays - ageDays);
    return refuse(`Your account can invite people once it is ${settings.memberInviteMinAccountDays} days old: ${wait} more ${wait === 1 ? "day" : "days"}.`);
  }
  if (remaining === 0) return refuse(`You have used your ${quota} ${quota === 1 ? "invite" : "invites"} for the last ${QUOTA_WINDOW_DAYS} days.`);
  return { allowed: true, reason: null, quota, used, remaining };
}

const personSelect = { id: true, role: true, createdAt: true, memberInviteQuota: true, memberInvitesBlocked: true } as const;

export async function memberInviteAllowance(userId: string): Promise<MemberInviteAllowance> {
  return allowance(await db.user.findUniqueOrThrow({ where: { id: userId }, select: personSelect }));
}

export type CreatedMemberInvite = { id: string; code: string; display: string; expiresAt: Date };

/**
 * Creates one single-use MEMBER invite from the person's own account. The person's rows are locked for the
 * transaction, so parallel requests queue and each counts the invites the earlier ones made: nobody gets past
 * their quota by clicking twice. The code is returned here and nowhere else.
 */
export async function createMemberInvite(actor: Actor): Promise<Result<CreatedMemberInvite>> {
  if (!can(actor, "member-invites.create")) return fail("forbidden", "Your role cannot create invites from your account.");
  return db.$transaction(async (tx: Tx) => {
    const [person] = await tx.$queryRaw<Person[]>`
      SELECT id::text, role, created_at AS "createdAt", member_invite_quota AS "memberInviteQuota", member_invites_blocked AS "memberInvitesBlocked"
      FROM users WHERE id = ${actor.id}::uuid AND NOT disabled FOR UPDATE`;
    if (!person) return fail("not_found", "Your account no longer exists.");
    const allowed = await allowance(person, tx);
    if (!allowed.allowed) return fail("not_allowed", allowed.reason!);
    const code = generateCode();
    const expiresAt = new Date(now().getTime() + MEMBER_INVITE_DAYS * DAY);
    const invite = await tx.invite.create({
      data: {
        codeHash: new Uint8Array(hashSecret(code)),
        prefix: codePrefix(code),
        role: MEMBER_INVITE_ROLE,
        maxUses: 1,
        expiresAt,
        createdById: actor.id,
        memberQuota: true,
        note: "Member invite",
      },
      select: { id: true },
    });
    await recordAuditEvent(
      { actorId: actor.id, action: "invite.create", target: invite.id, ip: actor.ip, detail: { count: 1, role: MEMBER_INVITE_ROLE, maxUses: 1, expiresAt: expiresAt.toISOString(), memberInvite: true } },
      tx,
    );
    return ok({ id: invite.id, code, display: formatCode(code), expiresAt });
  });
}

/** The person's own member invites, newest first, for their account page. */
export async function listMemberInvites(userId: string) {
  return db.invite.findMany({
    where: { createdById: userId, memberQuota: true },
    select: { id: true, prefix: true, uses: true, maxUses: true, expiresAt: true, revokedAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

/** An ADMIN gives one person their own quota (null: the site's) or takes the privilege away, audited. */
export async function setMemberInvites(args: { id: string; quota: number | null; blocked: boolean; actor: Actor }): Promise<Result<{ quota: number | null; blocked: boolean }>> {
  if (!can(args.actor, "users.manage")) return fail("forbidden", "Only administrators may change who can invite.");
  if (!idSchema.safeParse(args.id).success) return fail("not_found", "This user does not exist.");
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.user.findUnique({ where: { id: args.id }, select: { memberInviteQuota: true, memberInvitesBlocked: true } });
    if (!before) return fail("not_found", "This user does not exist.");
    await tx.user.update({ where: { id: args.id }, data: { memberInviteQuota: args.quota, memberInvitesBlocked: args.blocked } });
    await recordAuditEvent(
      {
        actorId: args.actor.id,
        action: "user.member_invites_change",
        target: args.id,
        ip: args.actor.ip,
        detail: { quota: { from: before.memberInviteQuota, to: args.quota }, blocked: { from: before.memberInvitesBlocked, to: args.blocked } },
      },
      tx,
    );
    return ok({ quota: args.quota, blocked: args.blocked });
  });
}
