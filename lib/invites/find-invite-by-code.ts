import { timingSafeEqual } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { hashCode } from "./codes";

/**
 * Looks an invite up by the hash of its canonical code. The unique index finds the row; the stored and computed
 * hashes are then compared in constant time so that the comparison itself leaks nothing.
 */
export async function findInviteByCode(canonicalCode: string, client: Tx = db) {
  const codeHash = hashCode(canonicalCode);
  const invite = await client.invite.findUnique({ where: { codeHash: new Uint8Array(codeHash) } });
  if (!invite) return null;
  const stored = Buffer.from(invite.codeHash);
  if (stored.length !== codeHash.length || !timingSafeEqual(stored, codeHash)) return null;
  return invite;
}
