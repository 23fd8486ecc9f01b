import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import type { CreateApiKeyInput } from "@/lib/validation/api-keys";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { apiKeyPrefix, generateApiKey } from "./api-key-secret";

export type CreatedApiKey = { id: string; key: string; prefix: string; name: string; expiresAt: Date | null };

const DAY = 86_400_000;

/** Creates a key that acts for its creator. The key is returned here, once; only its hash is stored. */
export async function createApiKey(input: CreateApiKeyInput, actor: Actor): Promise<Result<CreatedApiKey>> {
  if (!can(actor, "api-keys.manage")) return fail("forbidden", "Only administrators manage API keys.");
  const key = generateApiKey();
  const prefix = apiKeyPrefix(key);
  const expiresAt = input.expiresInDays ? new Date(now().getTime() + input.expiresInDays * DAY) : null;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name: input.name, prefix, keyHash: new Uint8Array(hashSecret(key)), scopes: [...new Set(input.scopes)], createdById: actor.id, expiresAt },
      select: { id: true },
    });
    await recordAuditEvent(
      { actorId: actor.id, action: "api_key.create", target: row.id, ip: actor.ip, detail: { name: input.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null } },
      tx,
    );
    return row;
  });
  return ok({ id: created.id, key, prefix, name: input.name, expiresAt });
}
