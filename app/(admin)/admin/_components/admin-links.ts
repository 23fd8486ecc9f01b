import type { Role } from "@/lib/generated/prisma/client";
import type { NavLink } from "./admin-nav";
import { API_KEY_MANAGERS, AUDIT_READERS, DASHBOARD_ROLES, INVITE_WRITERS, STATS_READERS, USER_READERS } from "@/lib/auth/dashboard-roles";

const LINKS: (NavLink & { roles: readonly Role[] })[] = [
  { href: "/admin", label: "Overview", roles: DASHBOARD_ROLES },
  { href: "/admin/invites", label: "Invites", roles: DASHBOARD_ROLES },
  { href: "/admin/invites/new", label: "Create invites", roles: INVITE_WRITERS },
  { href: "/admin/users", label: "Users", roles: USER_READERS },
  { href: "/admin/audit", label: "Audit log", roles: AUDIT_READERS },
  { href: "/admin/stats", label: "Stats", roles: STATS_READERS },
  { href: "/admin/api-keys", label: "API keys", roles: API_KEY_MANAGERS },
  { href: "/docs/api", label: "API docs", roles: API_KEY_MANAGERS },
];

/** The dashboard sections a role may open, per DESIGN.md's permission table (each page checks again). */
export function adminLinksFor(role: Role): NavLink[] {
  return LINKS.filter((link) => link.roles.includes(role)).map(({ href, label }) => ({ href, label }));
}
