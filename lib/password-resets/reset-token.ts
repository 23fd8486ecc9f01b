import "server-only";
import { randomBytes } from "node:crypto";

export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const RESET_VALID_MS = 3_600_000;

/** 32 random bytes, base64url: the secret in a reset link. */
export function generateResetToken(): string {
  return randomBytes(32).toString("base64url");
}
