import "server-only";
import { randomBytes } from "node:crypto";

const API_KEY_BYTES = 32;
/** `sk_` and 43 base64url symbols (32 bytes): anything else is malformed and needs no database look-up. */
export const API_KEY_PATTERN = /^sk_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 11;

export function generateApiKey(): string {
  return `sk_${randomBytes(API_KEY_BYTES).toString("base64url")}`;
}

/** The first symbols, stored in clear so that people can tell keys apart; far too short to guess the rest. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}
