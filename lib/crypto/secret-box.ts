import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/*
 * Secrets the app must read again later (an invite code waiting in an outgoing mail, a webhook's signing secret)
 * are stored sealed with AES-256-GCM. Each purpose has its own key, derived from NEXTAUTH_SECRET with HKDF and
 * the purpose as its label, so a key leaked for one purpose opens nothing else. The row a value belongs to is
 * bound in as associated data, so a sealed value copied into another row does not open there.
 */
export type SealPurpose = "mail-payload" | "dev-mailbox" | "webhook-secret";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keys = new Map<string, Buffer>();

function keyFor(purpose: SealPurpose): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  const cacheKey = `${purpose}\u0000${secret}`;
  const cached = keys.get(cacheKey);
  if (cached) return cached;
  const key = Buffer.from(hkdfSync("sha256", secret, "invite-codes", `invite-codes/${purpose}/v${VERSION}`, 32));
  keys.set(cacheKey, key);
  return key;
}

/** `version | iv | tag | ciphertext`, ready for a bytea column. */
export function seal(purpose: SealPurpose, plaintext: string, boundTo: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(boundTo));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]));
}

/** Throws when the value was not sealed for this purpose and row with the current secret. */
export function unseal(purpose: SealPurpose, sealed: Uint8Array, boundTo: string): string {
  const data = Buffer.from(sealed);
  if (data[0] !== VERSION || data.length < 1 + IV_BYTES + TAG_BYTES) throw new Error("sealed value has an unknown format");
  const iv = data.subarray(1, 1 + IV_BYTES);
  const tag = data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), iv);
  decipher.setAAD(Buffer.from(boundTo));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
