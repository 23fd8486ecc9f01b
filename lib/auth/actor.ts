import type { Role } from "@/lib/generated/prisma/client";

/** The signed-in person on whose behalf a domain function acts. */
export type Actor = { id: string; role: Role; ip?: string | null };

/**
 * The roles an actor may put on an invite: ADMIN any; EDITOR at most EDITOR. OPS is not "below" EDITOR — it
 * reads stats and exports that EDITOR cannot — so an EDITOR cannot grant it.
 */
export function grantableRoles(role: Role): Role[] {
  if (role === "ADMIN") return ["ADMIN", "EDITOR", "OPS", "MEMBER"];
  if (role === "EDITOR") return ["EDITOR", "MEMBER"];
  return [];
}
