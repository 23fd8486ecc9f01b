import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const RESET_VALID_MS = 3_600_000;

/** 32 random bytes, base64url: the secret in a reset link. */
export function generateResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** sha256 of the token: the only form in which it is stored. */
export function hashResetToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

export function sameHash(stored: Uint8Array, computed: Buffer): boolean {
  const buffer = Buffer.from(stored);
  return buffer.length === computed.length && timingSafeEqual(buffer, computed);
}
