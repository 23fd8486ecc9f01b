import type { Role } from "@/lib/generated/prisma/client";

/** Who may open each part of the dashboard, per DESIGN.md's permission table; every page and action uses these. */
export const DASHBOARD_ROLES = ["ADMIN", "EDITOR", "OPS"] as const satisfies readonly Role[];
export const INVITE_WRITERS = ["ADMIN", "EDITOR"] as const satisfies readonly Role[];
export const USER_READERS = ["ADMIN", "OPS"] as const satisfies readonly Role[];
export const USER_MANAGERS = ["ADMIN"] as const satisfies readonly Role[];
export const AUDIT_READERS = ["ADMIN", "OPS"] as const satisfies readonly Role[];
export const STATS_READERS = ["ADMIN", "OPS"] as const satisfies readonly Role[];
export const API_KEY_MANAGERS = ["ADMIN"] as const satisfies readonly Role[];
export const PASSWORD_RESET_ISSUERS = ["ADMIN"] as const satisfies readonly Role[];

export function can(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role);
}
