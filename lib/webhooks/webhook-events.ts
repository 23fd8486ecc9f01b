/** The events an endpoint may subscribe to. Payloads carry ids, roles, names and addresses; never codes or secrets. */
export const WEBHOOK_EVENTS = [
  "invite.created",
  "invite.redeemed",
  "invite.revoked",
  "invite.request.created",
  "user.role_changed",
  "user.disabled",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
