import { can, type Permission, type Subject } from "@/lib/auth/policy";

export type NavIcon =
  | "overview"
  | "invites"
  | "create"
  | "batches"
  | "users"
  | "tree"
  | "audit"
  | "stats"
  | "keys"
  | "docs"
  | "account"
  | "redeem"
  | "requests"
  | "webhooks"
  | "jobs"
  | "mailbox"
  | "settings";
export type NavLink = { href: string; label: string; icon: NavIcon };

const DASHBOARD: (NavLink & { permission: Permission })[] = [
  { href: "/admin", label: "Overview", icon: "overview", permission: "invites.read" },
  { href: "/admin/invites", label: "Invites", icon: "invites", permission: "invites.read" },
  { href: "/admin/batches", label: "Batches", icon: "batches", permission: "invites.read" },
  { href: "/admin/invites/new", label: "Create invites", icon: "create", permission: "invites.create" },
  { href: "/admin/invites/email", label: "Invite by e-mail", icon: "create", permission: "invites.create" },
  { href: "/admin/requests", label: "Requests", icon: "requests", permission: "requests.read" },
  { href: "/admin/users", label: "Users", icon: "users", permission: "users.read" },
  { href: "/admin/users/tree", label: "Invite tree", icon: "tree", permission: "users.read" },
  { href: "/admin/stats", label: "Stats", icon: "stats", permission: "stats.read" },
  { href: "/admin/audit", label: "Audit log", icon: "audit", permission: "audit.read" },
  { href: "/admin/api-keys", label: "API keys", icon: "keys", permission: "api-keys.manage" },
  { href: "/admin/webhooks", label: "Webhooks", icon: "webhooks", permission: "webhooks.manage" },
  { href: "/admin/jobs", label: "Failed jobs", icon: "jobs", permission: "jobs.manage" },
  { href: "/admin/mailbox", label: "Dev mailbox", icon: "mailbox", permission: "mailbox.read" },
  { href: "/admin/settings", label: "Settings", icon: "settings", permission: "settings.manage" },
  { href: "/docs/api", label: "API docs", icon: "docs", permission: "api-keys.manage" },
];

/**
 * The navigation a person sees, derived from what the policy lets them open (each page asks the policy again;
 * hiding a link is only a courtesy). Everyone signed in has their account; "Redeem a code" is for everyone.
 */
export function navLinksFor(subject: Subject): NavLink[] {
  const dashboard = DASHBOARD.filter((link) => can(subject, link.permission)).map(({ href, label, icon }) => ({ href, label, icon }));
  const personal: NavLink[] = subject ? [{ href: "/account", label: "Account", icon: "account" }] : [];
  return [...dashboard, ...personal, { href: "/redeem", label: "Redeem a code", icon: "redeem" }];
}
