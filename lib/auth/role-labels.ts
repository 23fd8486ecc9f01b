import type { Role } from "@/lib/generated/prisma/enums";

/**
 * How roles read to people: one plain word and one line on what the role may do. Every screen, e-mail and
 * generated document names roles through this module, never by the database value.
 */
export const ROLE_LABEL: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", OPS: "Ops", MEMBER: "Member" };

export const ROLE_DESCRIPTION: Record<Role, string> = {
  ADMIN: "Full control: invites of any role, users, API keys, settings and the audit log.",
  EDITOR: "Creates invites for Editors and Members and manages their own invites.",
  OPS: "Read-only: statistics, exports, the audit log and the user list.",
  MEMBER: "A regular account: their own profile, password and sessions.",
};

export function roleLabel(role: Role): string {
  return ROLE_LABEL[role];
}

/** "an Admin", "a Member": the article follows the sound of the label. */
export function withArticle(role: Role): string {
  const label = ROLE_LABEL[role];
  return `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`;
}
