import "server-only";
import type { RedeemError, RedeemErrorCode } from "@/lib/invites/redeem-errors";
import { jsonError } from "./json-error";

/** HTTP status for each redeem failure, as POST /api/v1/redeem documents them. */
const REDEEM_STATUS: Record<RedeemErrorCode, number> = {
  validation: 400,
  typo: 400,
  invalid: 404,
  exhausted: 409,
  email_taken: 409,
  email_mismatch: 403,
  email_not_allowed: 403,
  already_redeemed: 409,
  paused: 403,
  expired: 410,
  revoked: 410,
  rate_limited: 429,
};

export function redeemErrorResponse(error: RedeemError): Response {
  const headers = error.retryAfter === undefined ? undefined : { "Retry-After": String(error.retryAfter) };
  const details = error.fields ? { fields: error.fields } : undefined;
  return jsonError(REDEEM_STATUS[error.code], error.code, error.message, details, headers);
}
