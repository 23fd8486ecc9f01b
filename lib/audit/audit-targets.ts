import "server-only";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/validation/fields";

/** Actions whose target is one invite, one user, or a batch of invites. */
const INVITE_TARGETS = new Set(["invite.revoke", "invite.unrevoke", "invite.extend", "invite.redeem", "invite.redeem_failed", "invite.bootstrap"]);
const USER_TARGETS = new Set(["user.role_change", "user.disable", "user.enable", "user.password_reset_issue", "user.password_reset", "auth.password_change"]);

export type AuditTargets = {
  invites: Map<string, { prefix: string }>;
  users: Map<string, { name: string; email: string }>;
};

/** The invites and users a page of audit events points at, in two queries, so each event can name its target. */
export async function auditTargets(events: { action: string; target: string | null }[]): Promise<AuditTargets> {
  const ids = (targets: Set<string>) => [...new Set(events.filter((event) => targets.has(event.action) && event.target && idSchema.safeParse(event.target).success).map((event) => event.target!))];
  const inviteIds = ids(INVITE_TARGETS);
  const userIds = ids(USER_TARGETS);
  const [invites, users] = await Promise.all([
    inviteIds.length ? db.invite.findMany({ where: { id: { in: inviteIds } }, select: { id: true, prefix: true } }) : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [],
  ]);
  return {
    invites: new Map(invites.map((invite) => [invite.id, { prefix: invite.prefix }])),
    users: new Map(users.map((user) => [user.id, { name: user.name, email: user.email }])),
  };
}
