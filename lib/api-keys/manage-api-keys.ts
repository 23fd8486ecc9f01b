import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";

type ApiKeyStatus = "active" | "expired" | "revoked";

/** Every key, newest first, with its creator; never a hash. There are few keys, so no pagination. */
export async function listApiKeys() {
  const at = now();
  const keys = await db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { id: true, email: true, name: true } },
    },
  });
  return keys.map((key) => ({
    ...key,
    status: (key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= at ? "expired" : "active") as ApiKeyStatus,
  }));
}

export async function revokeApiKey(id: string, actor: Actor): Promise<Result<{ id: string }>> {
  if (!can(actor, "api-keys.manage")) return fail("forbidden", "Only administrators manage API keys.");
  return db.$transaction(async (tx) => {
    const changed = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now() } });
    if (changed.count === 0) {
      const exists = await tx.apiKey.findUnique({ where: { id }, select: { id: true } });
      return exists ? fail("conflict", "This key is already revoked.") : fail("not_found", "This key does not exist.");
    }
    await recordAuditEvent({ actorId: actor.id, action: "api_key.revoke", target: id, ip: actor.ip }, tx);
    return ok({ id });
  });
}
