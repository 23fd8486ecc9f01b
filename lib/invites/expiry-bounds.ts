import "server-only";
import { env } from "@/lib/env";
import { fail } from "@/lib/result";

const DAY = 86_400_000;

/**
 * An invite's expiry must lie in the future and at most INVITE_MAX_DAYS ahead (default 365), on creation and on
 * every extension, so that no invite lives forever by accident. Null when it is fine, else the failure to return.
 */
export function expiryProblem(expiresAt: Date, at: Date) {
  if (expiresAt.getTime() <= at.getTime()) {
    return fail("validation", "The expiry must be in the future.", { fields: { expiresAt: "Choose a time in the future." } });
  }
  const maxDays = env().INVITE_MAX_DAYS;
  if (expiresAt.getTime() > at.getTime() + maxDays * DAY) {
    const message = `An invite may expire at most ${maxDays} days ahead.`;
    return fail("validation", message, { fields: { expiresAt: message } });
  }
  return null;
}
