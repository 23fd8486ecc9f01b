/** The domain part of an address, lower-cased. */
function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** `example.com` allows that domain only; `*.example.org` allows every subdomain of example.org (not itself). */
export function domainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  if (allowedDomains.length === 0) return true;
  const domain = emailDomain(email);
  return allowedDomains.some((allowed) => (allowed.startsWith("*.") ? domain.endsWith(allowed.slice(1)) : domain === allowed));
}

/**
 * Why this address may not redeem this invite, if it may not. The redemption statement enforces the same rules
 * under its guard; this answers first, with the reason, before a password is hashed.
 */
export function emailRestriction(invite: { boundEmail: string | null; allowedDomains: readonly string[] }, email: string): "email_mismatch" | "email_not_allowed" | null {
  if (invite.boundEmail && invite.boundEmail !== email.toLowerCase()) return "email_mismatch";
  if (!domainAllowed(email, invite.allowedDomains)) return "email_not_allowed";
  return null;
}
