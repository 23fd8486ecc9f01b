/** Every kind of audit event the application writes; the audit log's filter offers exactly these. */
export const AUDIT_ACTIONS = [
  "invite.create",
  "invite.revoke",
  "invite.unrevoke",
  "invite.extend",
  "invite.redeem",
  "invite.redeem_failed",
  "invite.bootstrap",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.session_end",
  "auth.sign_out_everywhere",
  "auth.password_change",
  "access.denied",
  "user.role_change",
  "user.disable",
  "user.enable",
  "security.guess_flood",
  "api_key.create",
  "api_key.revoke",
  "user.password_reset_issue",
  "user.password_reset",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
