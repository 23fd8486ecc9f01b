import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/*
 * The one way a secret is kept and checked: invite codes, API keys, password-reset tokens and the metrics token
 * are high-entropy, so sha256 (no salt, no stretching) is enough and keeps a unique-index look-up possible.
 * Only the digest is stored; comparisons are constant-time over equal-length digests.
 */
export function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret, "utf8").digest();
}

/** The stored digest equals the one just computed; a missing or odd-length stored value never matches. */
export function matchesHash(stored: Uint8Array | null | undefined, computed: Uint8Array): boolean {
  if (!stored || stored.length !== computed.length) return false;
  return timingSafeEqual(stored, computed);
}

/** A presented secret equals the configured one, without the comparison's time saying how much of it did. */
export function secretMatches(given: string, expected: string): boolean {
  return matchesHash(hashSecret(given), hashSecret(expected));
}
