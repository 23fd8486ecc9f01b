import { can, type Permission, type Subject } from "@/lib/auth/policy";
import type { NavLink } from "./admin-nav";

const LINKS: (NavLink & { permission: Permission })[] = [
  { href: "/admin", label: "Overview", permission: "invites.read" },
  { href: "/admin/invites", label: "Invites", permission: "invites.read" },
  { href: "/admin/invites/new", label: "Create invites", permission: "invites.create" },
  { href: "/admin/users", label: "Users", permission: "users.read" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { href: "/admin/stats", label: "Stats", permission: "stats.read" },
  { href: "/admin/api-keys", label: "API keys", permission: "api-keys.manage" },
  { href: "/docs/api", label: "API docs", permission: "api-keys.manage" },
];

/** The dashboard sections the policy lets this person open (each page asks the policy again). */
export function adminLinksFor(subject: Subject): NavLink[] {
  return LINKS.filter((link) => can(subject, link.permission)).map(({ href, label }) => ({ href, label }));
}
