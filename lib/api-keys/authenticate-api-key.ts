import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { hashSecret, matchesHash } from "@/lib/secrets/hashed-secret";
import type { ApiScope } from "@/lib/validation/api-keys";
import { API_KEY_PATTERN } from "./api-key-secret";

type ApiKeyDenial = { status: 401 | 403; code: string; message: string };

export type ApiKeyAuthentication =
  | { ok: true; actor: Actor; keyId: string }
  | ({ ok: false; owner?: { id: string } } & ApiKeyDenial);

const LAST_USED_RESOLUTION_MS = 60_000;

const deny = (status: 401 | 403, code: string, message: string, owner?: { id: string }): ApiKeyAuthentication => ({
  ok: false,
  status,
  code,
  message,
  ...(owner ? { owner } : {}),
});

/**
 * Turns an `Authorization: Bearer sk_…` header into the actor the key acts for: its creator, who must still be
 * enabled and still allowed to hold keys. Missing, malformed, unknown, revoked and expired keys are 401; a valid key without the
 * route's scope is 403.
 */
export async function authenticateApiKey(authorization: string | null, scope: ApiScope, ip: string | null = null): Promise<ApiKeyAuthentication> {
  if (!authorization) return deny(401, "missing_key", "Send an API key: Authorization: Bearer sk_…");
  const key = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (!key || !API_KEY_PATTERN.test(key)) return deny(401, "malformed_key", "The Authorization header must be Bearer followed by an sk_ key.");

  const keyHash = hashSecret(key);
  const row = await db.apiKey.findUnique({
    where: { keyHash: new Uint8Array(keyHash) },
    select: {
      id: true,
      keyHash: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { id: true, role: true, disabled: true } },
    },
  });
  if (!row || !matchesHash(row.keyHash, keyHash)) {
    return deny(401, "invalid_key", "This API key is not known.");
  }
  const at = now();
  if (row.revokedAt) return deny(401, "revoked_key", "This API key was revoked.");
  if (row.expiresAt && row.expiresAt <= at) return deny(401, "expired_key", "This API key has expired.");
  const owner = row.createdBy;
  if (!owner || owner.disabled || !can(owner, "api-keys.manage")) {
    return deny(401, "key_owner_inactive", "The administrator who created this key can no longer use it; create a new key.");
  }
  if (!row.scopes.includes(scope)) return deny(403, "insufficient_scope", `This API key lacks the ${scope} scope.`, { id: owner.id });

  // One write a minute per key is plenty for "last used" and keeps busy integrations from writing per request.
  if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: at } });
  }
  return { ok: true, actor: { id: owner.id, role: owner.role, ip }, keyId: row.id };
}
