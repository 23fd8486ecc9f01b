import { REDEEM_ERROR_CODES, redeemError, type RedeemErrorCode } from "@/lib/invites/redeem-errors";

/*
 * What the sign-in page says for each way a provider round trip can end badly: this application's own reasons
 * and next-auth's error names (OAuthSignin, OAuthCallback, …), which all mean "it did not work, try again".
 */
const MESSAGES: Record<string, string> = {
  AccountDisabled: "This account is disabled. Ask an administrator if you think this is a mistake.",
  EmailUnverified: "Your provider did not confirm your e-mail address, so it cannot be used to create an account here.",
  SessionChanged: "You were signed out while linking a provider. Sign in and try again.",
  Expired: "Signing in with your provider took too long. Please start again.",
  paused: "Sign-ups are paused by an administrator right now. Please try again later.",
  email_taken: "An account with this e-mail address already exists. Sign in with it, then link this provider on your account page.",
};

const FALLBACK = "Signing in with your provider did not work. Please try again.";

export function ssoErrorMessage(code: string): string {
  if ((REDEEM_ERROR_CODES as readonly string[]).includes(code)) return MESSAGES[code] ?? redeemError(code as RedeemErrorCode).message;
  return MESSAGES[code] ?? FALLBACK;
}

/** Why linking a provider failed, by code (the account page gets the code, never free text, in its address). */
export const LINK_ERRORS = {
  already_linked: "This sign-in is already linked to your account.",
  identity_taken: "This sign-in is already linked to another account.",
  provider_taken: "Your account is already linked to an account at this provider. Unlink it first.",
} as const;

export function linkErrorMessage(code: string): string {
  return LINK_ERRORS[code as keyof typeof LINK_ERRORS] ?? FALLBACK;
}
