export const REDEEM_ERROR_CODES = [
  "invalid",
  "typo",
  "expired",
  "exhausted",
  "revoked",
  "email_taken",
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
  revoked: "This invite was withdrawn by an administrator.",
  email_taken: "An account with this e-mail address already exists. Sign in instead.",
  rate_limited: "Too many attempts with unknown codes. Please wait before trying again.",
  validation: "Some fields need attention.",
};

export function redeemError(code: RedeemErrorCode, extra: Partial<Omit<RedeemError, "code">> = {}): RedeemError {
  return { code, message: extra.message ?? MESSAGES[code], ...extra };
}
