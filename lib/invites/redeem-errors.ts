export const REDEEM_ERROR_CODES = [
  "invalid",
  "typo",
  "expired",
  "exhausted",
  "revoked",
  "email_taken",
  "email_mismatch",
  "email_not_allowed",
  "already_redeemed",
  "paused",
  "rate_limited",
  "validation",
] as const;

export type RedeemErrorCode = (typeof REDEEM_ERROR_CODES)[number];

export type RedeemError = {
  code: RedeemErrorCode;
  message: string;
  /** Field-level messages for `validation`. */
  fields?: Record<string, string>;
  /** Seconds until another attempt is allowed, for `rate_limited`. */
  retryAfter?: number;
};

const MESSAGES: Record<RedeemErrorCode, string> = {
  invalid: "This invite code does not exist. Check it against the one you were given.",
  typo: "This code looks mistyped: one character is wrong or two are swapped.",
  expired: "This invite has expired. Ask the person who invited you for a new one.",
  exhausted: "This invite has already been used as many times as it allows.",
  revoked: "This invite was withdrawn by the person who made it or by an administrator.",
  email_taken: "An account with this e-mail address already exists. Sign in instead.",
  email_mismatch: "This invite was sent to a different e-mail address. Use the address it was sent to.",
  email_not_allowed: "This invite is only for e-mail addresses at certain domains, and this address is not one of them.",
  already_redeemed: "Your account has already used this invite; an invite counts once per account.",
  paused: "Invites cannot be redeemed right now: an administrator has paused redemptions. Please try again later.",
  rate_limited: "Too many attempts with unknown codes. Please wait before trying again.",
  validation: "Some fields need attention.",
};

export function redeemError(code: RedeemErrorCode, extra: Partial<Omit<RedeemError, "code">> = {}): RedeemError {
  return { code, message: extra.message ?? MESSAGES[code], ...extra };
}

/** The pause refusal, with the administrator's own words when they left some. */
export function pausedError(pauseMessage: string | null): RedeemError {
  return redeemError("paused", pauseMessage ? { message: `${MESSAGES.paused} ${pauseMessage}` } : {});
}
