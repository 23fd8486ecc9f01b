import { createHash, randomBytes } from "node:crypto";
import { encodeBytes, withCheckSymbol } from "./code-format";

export * from "./code-format";

export const CODE_BYTES = 16;

/** A new code in canonical form (27 symbols, no separators). */
export function generateCode(): string {
  return withCheckSymbol(encodeBytes(randomBytes(CODE_BYTES)));
}

/** sha256 of the canonical code: the only form in which a code is stored. */
export function hashCode(canonicalCode: string): Buffer {
  return createHash("sha256").update(canonicalCode, "utf8").digest();
}
