import { ROLE_LABEL } from "./role-labels";
import { ACTION_PERMISSIONS, PERMISSIONS, PUBLIC, ROLE_CEILING, ROLES, ROUTE_PERMISSIONS, type Grant, type Permission } from "./policy";

const GRANT_LABEL = (grant: Grant) => (grant === "all" ? "yes" : grant === "own" ? "own" : "—");

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

function requirement(permission: Permission | typeof PUBLIC): string {
  return permission === PUBLIC ? "anyone" : `\`${permission}\``;
}

/**
 * docs/permissions.md, generated from the policy's own tables (`npm run docs:permissions`); a test fails when the
 * file and the code disagree, so the document cannot drift.
 */
export function permissionsDocument(): string {
  const permissions = table(
    ["permission", "what it allows", ...ROLES.map((role) => ROLE_LABEL[role])],
    Object.entries(PERMISSIONS).map(([name, entry]) => [`\`${name}\``, entry.what, ...ROLES.map((role) => GRANT_LABEL(entry.grants[role]))]),
  );
  const ceiling = table(
    ["role", "may create invites granting"],
    ROLES.map((role) => [ROLE_LABEL[role], ROLE_CEILING[role].length ? ROLE_CEILING[role].map((granted) => ROLE_LABEL[granted]).join(", ") : "—"]),
  );
  const actions = table(
    ["server action", "requires"],
    Object.entries(ACTION_PERMISSIONS).map(([name, permission]) => [`\`${name}Action\``, requirement(permission)]),
  );
  const routes = table(
    ["route", "authentication", "requires"],
    Object.entries(ROUTE_PERMISSIONS).map(([route, rule]) => [
      `\`${route}\``,
      rule.auth === "api-key" ? `API key with \`${rule.scope}\`` : rule.auth === "session" ? "signed-in session" : rule.auth === "metrics-token" ? "`METRICS_TOKEN`" : "none",
      "permission" in rule ? requirement(rule.permission) : "—",
    ]),
  );
  return `# Permissions

Generated from \`lib/auth/policy.ts\` by \`npm run docs:permissions\`; a test fails when this file and the code
disagree. The server enforces every cell through that one module: server actions, route handlers, API keys, page
guards and navigation all ask it, and the UI only hides what the server would refuse anyway.

"yes" means every resource of the kind; "own" only those the person created (an Editor's own invites) or owns
(their own account and sessions); "—" none.

${permissions}

## Rules that depend on the resource

- **Ownership.** A permission granted as "own" reaches only the person's own resources. An Editor reading or
  changing a colleague's invite is refused.
- **The role ceiling, at the time of every change.** Creating an invite, and revoking, unrevoking or extending
  one, requires that the person may create an invite of that role now. A person who is demoted can no longer
  touch invites above their new ceiling, and those still live are revoked in the same transaction as the
  demotion (with a reason and an audit event). Disabling a person revokes all their live invites and ends all
  their sessions.
- **Revocations by others.** Only an Admin undoes a revocation made by someone else (or by the system).
- **Member invites.** Whoever made one from their account page may revoke it (a link sent to the wrong person), but
  not unrevoke or extend it, which would get round the quota and the week it is valid; it still counts against
  the quota.
- **Sessions.** People end only their own sessions.
- **API keys** act for the Admin who created them, limited to their scopes; a key stops working when its
  creator is disabled or may no longer hold keys.

${ceiling}

## Server actions

${actions}

## Routes

${routes}

Pages ask the same permissions: a signed-out visitor is sent to sign in, anyone else without the permission sees
a refusal in place (HTTP 403). Every refusal — from an action, a route or a page — writes an \`access.denied\`
audit event (at most one per caller and thing per minute) and a log line.
`;
}
