import type { Role } from "@/lib/generated/prisma/client";
import type { ApiScope } from "@/lib/validation/api-keys";

/*
 * Who may do what, in one place. Everything that decides access asks this module: server actions (through the
 * action wrapper), route handlers and API keys (through the route wrappers), page guards, navigation items, and
 * the domain functions for rules that depend on the resource (ownership, the role ceiling). No other module
 * compares roles; a test fails the suite if one does. docs/permissions.md is generated from these tables.
 */

export const ROLES = ["ADMIN", "EDITOR", "OPS", "MEMBER"] as const satisfies readonly Role[];

/** "all": every resource of its kind; "own": only those the person created or owns; false: none. */
export type Grant = "all" | "own" | false;

type GrantTable = Record<Role, Grant>;

const only = (grants: Partial<GrantTable>): GrantTable => ({ ADMIN: false, EDITOR: false, OPS: false, MEMBER: false, ...grants });

/** The permission table, permission × role, with what each permission means in plain words. */
export const PERMISSIONS = {
  "invites.read": { what: "View the dashboard, the invite list and invite details", grants: only({ ADMIN: "all", EDITOR: "own", OPS: "all" }) },
  "invites.create": { what: "Create invites (each role only up to its ceiling)", grants: only({ ADMIN: "all", EDITOR: "all" }) },
  "invites.manage": { what: "Revoke, unrevoke and extend invites (within the role ceiling)", grants: only({ ADMIN: "all", EDITOR: "own" }) },
  "invites.unrevoke-others": { what: "Unrevoke an invite that someone else revoked", grants: only({ ADMIN: "all" }) },
  "users.read": { what: "List users and read the invite tree", grants: only({ ADMIN: "all", OPS: "all" }) },
  "users.manage": { what: "Change a user's role, disable or enable an account, disable a branch of the invite tree", grants: only({ ADMIN: "all" }) },
  "password-resets.issue": { what: "Issue a password-reset link for a user", grants: only({ ADMIN: "all" }) },
  "api-keys.manage": { what: "Create and revoke API keys", grants: only({ ADMIN: "all" }) },
  "stats.read": { what: "Read usage statistics", grants: only({ ADMIN: "all", OPS: "all" }) },
  "exports.read": { what: "Download CSV exports", grants: only({ ADMIN: "all", OPS: "all" }) },
  "audit.read": { what: "Read the audit log", grants: only({ ADMIN: "all", OPS: "all" }) },
  "settings.manage": { what: "Change the site's settings (invite requests, member invites, sign-up domains, pause)", grants: only({ ADMIN: "all" }) },
  "webhooks.manage": { what: "Register webhook endpoints, read their delivery logs and resend deliveries", grants: only({ ADMIN: "all" }) },
  "jobs.manage": { what: "See jobs that ran out of retries, and retry them", grants: only({ ADMIN: "all" }) },
  "mailbox.read": { what: "Read the dev mailbox (mail kept unsent when no SMTP server is configured)", grants: only({ ADMIN: "all" }) },
  "requests.read": { what: "See invite requests and accounts waiting for approval", grants: only({ ADMIN: "all", EDITOR: "all", OPS: "all" }) },
  "requests.manage": { what: "Approve or reject invite requests (an EDITOR within the role ceiling)", grants: only({ ADMIN: "all", EDITOR: "all" }) },
  "users.approve": { what: "Approve or reject accounts waiting for approval", grants: only({ ADMIN: "all" }) },
  "member-invites.create": { what: "Create single-use Member invites from one's account page, within a quota, when an Admin opened it for the role", grants: only({ EDITOR: "own", MEMBER: "own" }) },
  "member-invites.revoke": { what: "Revoke a Member invite one created from one's account page (it still counts against the quota)", grants: only({ EDITOR: "own", MEMBER: "own" }) },
  "account.manage": { what: "Manage one's own account (password, sessions, linked sign-in providers) and redeem invites into it", grants: { ADMIN: "own", EDITOR: "own", OPS: "own", MEMBER: "own" } },
} as const satisfies Record<string, { what: string; grants: GrantTable }>;

export type Permission = keyof typeof PERMISSIONS;

/** The roles each role may put on an invite. OPS reads stats and exports that EDITOR cannot, so it is not "below" EDITOR. */
export const ROLE_CEILING: Record<Role, readonly Role[]> = {
  ADMIN: ["ADMIN", "EDITOR", "OPS", "MEMBER"],
  EDITOR: ["EDITOR", "MEMBER"],
  OPS: [],
  MEMBER: [],
};

/**
 * How far each role reaches, for redeeming an invite into an existing account: the role is raised to the
 * invite's only when the invite's ranks higher, never lowered. EDITOR and OPS rank alike (each can do something
 * the other cannot), so neither replaces the other.
 */
const ROLE_RANK: Record<Role, number> = { ADMIN: 3, EDITOR: 2, OPS: 2, MEMBER: 1 };

function roleRank(role: Role): number {
  return ROLE_RANK[role];
}

/** The role an account has after redeeming an invite of role `offered`. */
export function raisedRole(current: Role, offered: Role): Role {
  return roleRank(offered) > roleRank(current) ? offered : current;
}

/** Every raise allowed, as `OFFERED>CURRENT` pairs: the redemption statement decides inside the database with these. */
export const ROLE_RAISES: readonly string[] = ROLES.flatMap((offered) =>
  ROLES.filter((current) => raisedRole(current, offered) !== current).map((current) => `${offered}>${current}`),
);

/** Member invites: the role they grant, and which of the Admin's switches opens them for each role that may hold them. */
export const MEMBER_INVITE_ROLE: Role = "MEMBER";
const MEMBER_INVITE_SWITCH: Partial<Record<Role, "memberInvitesForMembers" | "memberInvitesForEditors">> = {
  MEMBER: "memberInvitesForMembers",
  EDITOR: "memberInvitesForEditors",
};

export function mayCreateMemberInvites(subject: Subject, settings: { memberInvitesForMembers: boolean; memberInvitesForEditors: boolean }): boolean {
  const flag = subject && can(subject, "member-invites.create") ? MEMBER_INVITE_SWITCH[subject.role] : undefined;
  return flag !== undefined && settings[flag];
}

/** Anyone, signed in or not, may call these. */
export const PUBLIC = "public" as const;
type Requirement = Permission | typeof PUBLIC;

/**
 * Every server action by name (`<name>Action` in the build) and what it requires. The action wrapper refuses
 * to create an action that is missing here, and the authorization-matrix test calls every action in the build
 * against this table.
 */
export const ACTION_PERMISSIONS = {
  createInvites: "invites.create",
  revokeInvite: "invites.manage",
  unrevokeInvite: "invites.manage",
  extendInvite: "invites.manage",
  revokeInvites: "invites.manage",
  extendInvites: "invites.manage",
  revokeBatch: "invites.manage",
  changeUserRole: "users.manage",
  setUserDisabled: "users.manage",
  disableBranch: "users.manage",
  issueResetLink: "password-resets.issue",
  createApiKey: "api-keys.manage",
  revokeApiKey: "api-keys.manage",
  changePassword: "account.manage",
  endSession: "account.manage",
  endAllSessions: "account.manage",
  redeem: PUBLIC,
  redeemIntoAccount: "account.manage",
  createMemberInvite: "member-invites.create",
  revokeMemberInvite: "member-invites.revoke",
  setMemberInvites: "users.manage",
  startSso: PUBLIC,
  redeemWithIdentity: PUBLIC,
  startSsoLink: "account.manage",
  unlinkIdentity: "account.manage",
  signIn: PUBLIC,
  signOut: PUBLIC,
  resetPassword: PUBLIC,
  sendEmailInvites: "invites.create",
  resendInvite: "invites.manage",
  createWebhook: "webhooks.manage",
  updateWebhook: "webhooks.manage",
  deleteWebhook: "webhooks.manage",
  resendWebhookDelivery: "webhooks.manage",
  retryJob: "jobs.manage",
  updateSettings: "settings.manage",
  requestInvite: PUBLIC,
  confirmInviteRequest: PUBLIC,
  approveRequests: "requests.manage",
  rejectRequests: "requests.manage",
  approveAccount: "users.approve",
  rejectAccount: "users.approve",
} as const satisfies Record<string, Requirement>;

export type ActionName = keyof typeof ACTION_PERMISSIONS;

type RouteRule =
  | { auth: "api-key"; permission: Permission; scope: ApiScope }
  | { auth: "session"; permission: Permission }
  | { auth: "metrics-token" }
  | { auth: typeof PUBLIC };

/** Every route handler by method and path template, and how it is authorised. */
export const ROUTE_PERMISSIONS = {
  "GET /api/v1/stats": { auth: "api-key", permission: "stats.read", scope: "stats:read" },
  "GET /api/v1/invites": { auth: "api-key", permission: "invites.read", scope: "invites:read" },
  "POST /api/v1/invites": { auth: "api-key", permission: "invites.create", scope: "invites:write" },
  "GET /api/v1/invites/{id}": { auth: "api-key", permission: "invites.read", scope: "invites:read" },
  "POST /api/v1/invites/{id}/revoke": { auth: "api-key", permission: "invites.manage", scope: "invites:write" },
  "POST /api/v1/invites/{id}/unrevoke": { auth: "api-key", permission: "invites.manage", scope: "invites:write" },
  "POST /api/v1/invites/{id}/resend": { auth: "api-key", permission: "invites.manage", scope: "invites:write" },
  "GET /api/v1/requests": { auth: "api-key", permission: "requests.read", scope: "requests:read" },
  "POST /api/v1/requests/{id}/approve": { auth: "api-key", permission: "requests.manage", scope: "requests:write" },
  "POST /api/v1/requests/{id}/reject": { auth: "api-key", permission: "requests.manage", scope: "requests:write" },
  "GET /api/v1/webhooks": { auth: "api-key", permission: "webhooks.manage", scope: "webhooks:manage" },
  "POST /api/v1/webhooks": { auth: "api-key", permission: "webhooks.manage", scope: "webhooks:manage" },
  "GET /api/v1/webhooks/{id}/deliveries": { auth: "api-key", permission: "webhooks.manage", scope: "webhooks:manage" },
  "POST /api/v1/redeem": { auth: PUBLIC },
  "POST /api/v1/invites/check": { auth: PUBLIC },
  "GET /api/v1/openapi.json": { auth: PUBLIC },
  "GET /api/exports/invites": { auth: "session", permission: "exports.read" },
  "GET /api/exports/redemptions": { auth: "session", permission: "exports.read" },
  "GET /api/exports/audit": { auth: "session", permission: "exports.read" },
  "GET /api/health": { auth: PUBLIC },
  "GET /api/ping": { auth: PUBLIC },
  // Single sign-on through next-auth: only csrf, signin/<provider> and callback/<provider> answer.
  "GET /api/auth/[...nextauth]": { auth: PUBLIC },
  "POST /api/auth/[...nextauth]": { auth: PUBLIC },
  "GET /api/metrics": { auth: "metrics-token" },
} as const satisfies Record<string, RouteRule>;

export type RouteName = keyof typeof ROUTE_PERMISSIONS;

/** Who is asking: a signed-in person (or the creator a key acts for), or nobody. */
export type Subject = { id: string; role: Role } | null;

function grantOf(subject: Subject, permission: Permission): Grant {
  return subject ? PERMISSIONS[permission].grants[subject.role] : false;
}

/** Whether the subject holds the permission at all (for some or all resources). */
export function can(subject: Subject, permission: Permission): boolean {
  return grantOf(subject, permission) !== false;
}

export function allows(subject: Subject, requirement: Requirement): boolean {
  return requirement === PUBLIC || can(subject, requirement);
}

/** The roles the subject may grant on a new invite: the role ceiling. */
export function grantableRoles(subject: Subject): readonly Role[] {
  return subject && can(subject, "invites.create") ? ROLE_CEILING[subject.role] : [];
}

export function mayGrant(subject: Subject, role: Role): boolean {
  return grantableRoles(subject).includes(role);
}

/** Whether the subject may give a user this role: user managers, up to their own ceiling. */
export function mayAssignRole(subject: Subject, role: Role): boolean {
  return subject !== null && can(subject, "users.manage") && ROLE_CEILING[subject.role].includes(role);
}

/**
 * Which resources a permission reaches: every one, only the subject's own (`ownerId`), or none. Queries turn
 * this into their filter, so "an EDITOR sees only their own invites" is written once.
 */
export type Reach = { all: true } | { all: false; ownerId: string } | null;

export function reachOf(subject: Subject, permission: Permission): Reach {
  const grant = grantOf(subject, permission);
  if (!subject || grant === false) return null;
  return grant === "all" ? { all: true } : { all: false, ownerId: subject.id };
}

export function reaches(reach: Reach, ownerId: string | null): boolean {
  return reach !== null && (reach.all || reach.ownerId === ownerId);
}

export type InviteFacts = {
  role: Role;
  createdById: string | null;
  revokedAt: Date | null;
  revokedById: string | null;
  /** Made from an account page under the member-invite quota; absent where only invites.manage matters. */
  memberQuota?: boolean;
};
export type InviteChange = "revoke" | "unrevoke" | "extend";

export type Decision = { allowed: true } | { allowed: false; reason: "not_found" | "forbidden"; message: string };

const ALLOWED: Decision = { allowed: true };

/**
 * Whether the subject may make this change to this invite now. An invite the subject cannot reach is reported
 * as missing (an EDITOR learns nothing of a colleague's invites). Every change obeys the role ceiling at the
 * time of the change, so a demoted person cannot revive or extend what they may no longer create, and only an
 * ADMIN undoes a revocation made by someone else. Whoever made a Member invite from their account page may
 * revoke it (a link sent to the wrong person), but not revive or extend it: that would get round the quota and
 * the week it is valid.
 */
export function decideInviteChange(subject: Subject, invite: InviteFacts, change: InviteChange): Decision {
  if (change === "revoke" && invite.memberQuota && reaches(reachOf(subject, "member-invites.revoke"), invite.createdById)) return ALLOWED;
  if (!reaches(reachOf(subject, "invites.manage"), invite.createdById)) {
    return { allowed: false, reason: "not_found", message: "This invite does not exist, or you may not change it." };
  }
  if (!mayGrant(subject, invite.role)) {
    return { allowed: false, reason: "forbidden", message: "This invite grants a role above what you may grant, so you cannot change it." };
  }
  if (change === "unrevoke" && invite.revokedAt && invite.revokedById !== subject!.id && !can(subject, "invites.unrevoke-others")) {
    return { allowed: false, reason: "forbidden", message: "Someone else revoked this invite; only an administrator can undo that." };
  }
  return ALLOWED;
}

/** Whether a session belongs to the subject (people end only their own sessions). */
export function ownsSession(subject: Subject, session: { userId: string }): boolean {
  return reaches(reachOf(subject, "account.manage"), session.userId);
}

/** Where each role lands after signing in or redeeming. */
const HOME: Record<Role, string> = { ADMIN: "/admin", EDITOR: "/admin", OPS: "/admin/stats", MEMBER: "/account" };

export function homeFor(subject: Subject): string {
  return subject ? HOME[subject.role] : "/login";
}

/** The roles that hold a permission, for documentation and the authorization-matrix test. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => PERMISSIONS[permission].grants[role] !== false);
}
