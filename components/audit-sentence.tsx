import Link from "next/link";
import type { ReactNode } from "react";
import type { AuditTargets } from "@/lib/audit/audit-targets";
import { describeUserAgent } from "@/lib/audit/user-agent";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/generated/prisma/enums";
import { LocalTime } from "./local-time";

export type AuditEventView = {
  action: string;
  target: string | null;
  detail: unknown;
  actor: { id: string; name: string; email: string } | null;
};

/** The audit filter's choices in plain words. */
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  "invite.create": "Invites created",
  "invite.revoke": "Invite revoked",
  "invite.unrevoke": "Invite restored",
  "invite.extend": "Invite expiry changed",
  "invite.redeem": "Invite redeemed",
  "invite.redeem_failed": "Redemption failed",
  "invite.bootstrap": "First-admin invite",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_out": "Signed out",
  "auth.session_end": "Session ended",
  "auth.sign_out_everywhere": "Signed out everywhere",
  "auth.password_change": "Password changed",
  "access.denied": "Access refused",
  "user.role_change": "Role changed",
  "user.disable": "Account disabled",
  "user.enable": "Account enabled",
  "security.guess_flood": "Code guessing slowed",
  "api_key.create": "API key created",
  "api_key.revoke": "API key revoked",
  "user.password_reset_issue": "Reset link issued",
  "user.password_reset": "Password reset",
  "settings.update": "Settings changed",
};

const FAILURE: Record<string, string> = {
  invalid: "the code does not exist",
  typo: "the code has a typo",
  expired: "the invite had expired",
  exhausted: "the invite was used up",
  revoked: "the invite was revoked",
  rate_limited: "too many attempts",
  email_taken: "the e-mail address already has an account",
  validation: "the form was incomplete",
  wrong_password: "wrong password",
  unknown_email: "no such account",
  disabled: "the account is disabled",
  locked: "the account is locked for a while",
};

function field(detail: unknown, key: string): unknown {
  return detail && typeof detail === "object" ? (detail as Record<string, unknown>)[key] : undefined;
}

function text(detail: unknown, key: string): string | null {
  const value = field(detail, key);
  return typeof value === "string" && value ? value : typeof value === "number" ? String(value) : null;
}

function role(value: unknown): string {
  return typeof value === "string" && value in ROLE_LABEL ? ROLE_LABEL[value as Role] : String(value ?? "");
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * One audit event as a sentence a person reads ("Ada revoked invite S1SG… — “wrong channel”"), with its
 * target linked where there is a page for it, and the user agent as browser and system.
 */
export function AuditSentence({ event, targets }: { event: AuditEventView; targets: AuditTargets }) {
  const { action, target, detail } = event;
  const actor = event.actor ? <strong className="font-medium">{event.actor.name}</strong> : <span className="text-muted-foreground">Someone signed out</span>;
  const system = <span className="text-muted-foreground">The system</span>;
  const invite = (id: string | null): ReactNode => {
    if (!id) return "a code";
    const known = targets.invites.get(id);
    return (
      <Link href={`/admin/invites/${id}`} className="font-mono">
        {known ? `${known.prefix}…` : "an invite"}
      </Link>
    );
  };
  const user = (id: string | null): ReactNode => {
    const known = id ? targets.users.get(id) : undefined;
    return known ? <Link href={`/admin/users?q=${encodeURIComponent(known.email)}`}>{known.name}</Link> : "a user";
  };
  const reason = text(detail, "reason");
  const quoted = (value: string | null) => (value ? <span className="text-muted-foreground"> — “{value}”</span> : null);
  switch (action) {
    case "invite.create": {
      const count = Number(field(detail, "count") ?? 1);
      return (
        <>
          {event.actor ? actor : system} created{" "}
          {target ? <Link href={`/admin/invites?batchId=${target}`}>{plural(count, `${role(field(detail, "role"))} invite`)}</Link> : plural(count, "invite")}
          {quoted(text(detail, "note"))}
        </>
      );
    }
    case "invite.revoke":
      return (
        <>
          {event.actor ? actor : system} revoked invite {invite(target)}
          {quoted(reason)}
        </>
      );
    case "invite.unrevoke":
      return (
        <>
          {actor} restored invite {invite(target)}
        </>
      );
    case "invite.extend":
      return (
        <>
          {actor} changed the expiry of invite {invite(target)} to <LocalTime value={text(detail, "expiresAt")} />
        </>
      );
    case "invite.redeem":
      return (
        <>
          {actor} joined as {role(field(detail, "role"))} with invite {invite(target)}
        </>
      );
    case "invite.redeem_failed":
      return (
        <>
          A redemption of {invite(target)} failed: {FAILURE[reason ?? ""] ?? reason ?? "unknown reason"}
        </>
      );
    case "invite.bootstrap":
      return <>{system} created the one-time first-admin invite {invite(target)}</>;
    case "auth.sign_in":
      return <>{actor} signed in</>;
    case "auth.sign_in_failed":
      return (
        <>
          A sign-in as {text(detail, "email") ?? "someone"} failed: {FAILURE[reason ?? ""] ?? reason ?? "unknown reason"}
        </>
      );
    case "auth.sign_out":
      return <>{actor} signed out</>;
    case "auth.session_end":
      return <>{actor} ended one of their sessions</>;
    case "auth.sign_out_everywhere":
      return (
        <>
          {actor} signed out everywhere ({plural(Number(field(detail, "ended") ?? 0), "session")} ended)
        </>
      );
    case "auth.password_change":
      return <>{actor} changed their password</>;
    case "access.denied":
      return (
        <>
          {actor} was refused {target ?? "something"}
          {text(detail, "permission") ? <span className="text-muted-foreground"> (needs {text(detail, "permission")})</span> : null}
        </>
      );
    case "user.role_change": {
      const revoked = Number(field(detail, "invitesRevoked") ?? 0);
      return (
        <>
          {actor} changed {user(target)} from {role(field(detail, "from"))} to {role(field(detail, "to"))}
          {revoked ? `, revoking ${plural(revoked, "invite")} above the new role` : ""}
        </>
      );
    }
    case "user.disable": {
      const revoked = Number(field(detail, "invitesRevoked") ?? 0);
      return (
        <>
          {actor} disabled {user(target)}
          {revoked ? ` and revoked their ${plural(revoked, "live invite")}` : ""}
        </>
      );
    }
    case "user.enable":
      return (
        <>
          {actor} enabled {user(target)}
        </>
      );
    case "security.guess_flood":
      return <>{system} slowed down redemptions: too many wrong codes were tried</>;
    case "api_key.create":
      return (
        <>
          {actor} created the API key <Link href="/admin/api-keys">“{text(detail, "name") ?? "unnamed"}”</Link>
        </>
      );
    case "api_key.revoke":
      return (
        <>
          {actor} revoked an <Link href="/admin/api-keys">API key</Link>
        </>
      );
    case "user.password_reset_issue":
      return (
        <>
          {actor} issued a password-reset link for {user(target)}
        </>
      );
    case "user.password_reset":
      return <>{actor} set a new password with a reset link</>;
    case "settings.update":
      return (
        <>
          {actor} changed the settings{detail && typeof detail === "object" ? `: ${Object.keys(detail).join(", ")}` : ""}
        </>
      );
    default:
      return (
        <>
          {actor}: {AUDIT_ACTION_LABEL[action] ?? action}
        </>
      );
  }
}

/** Where the event came from: IP address and, when recorded, browser and system. */
export function AuditSource({ ip, detail }: { ip: string | null; detail: unknown }) {
  const agent = describeUserAgent(text(detail, "userAgent"));
  return (
    <span className="text-muted-foreground">
      {[ip, agent].filter(Boolean).join(" · ") || "—"}
    </span>
  );
}
