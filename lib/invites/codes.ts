import "server-only";
import { randomBytes } from "node:crypto";
import { encodeBytes, withCheckSymbol } from "./code-format";

export * from "./code-format";

const CODE_BYTES = 16;

/** A new code in canonical form (27 symbols, no separators). */
export function generateCode(): string {
  return withCheckSymbol(encodeBytes(randomBytes(CODE_BYTES)));
}
