import { randomUUID } from "node:crypto";
import pg from "pg";
import { createInvites } from "@/lib/invites/create-invites";
import { codePrefix, generateCode } from "@/lib/invites/codes";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { round, timeMs } from "./measure";

export type BulkCreateResult = { count: number; domainMs: number; rawInsertMs: number; ratio: number; targetMs: number };

/** createInvites() for `count` codes, beside one raw multi-row INSERT of the same kind of rows. */
export async function benchBulkCreate(databaseUrl: string, count: number): Promise<BulkCreateResult> {
  const expiresAt = new Date(Date.now() + 7 * 24 * 3_600_000);
  const domain = await timeMs(() => createInvites({ role: "MEMBER", maxUses: 1, expiresAt, note: "bench bulk", count, createdById: null }));

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const batchId = randomUUID();
  const raw = await timeMs(async () => {
    // Generating and hashing the codes is part of the work on both sides.
    const values = Array.from({ length: count }, () => {
      const code = generateCode();
      return `('\\x${hashSecret(code).toString("hex")}', '${codePrefix(code)}', 'MEMBER', 1, '${expiresAt.toISOString()}', 'bench raw', '${batchId}')`;
    });
    await client.query(`INSERT INTO invites (code_hash, prefix, role, max_uses, expires_at, note, batch_id) VALUES ${values.join(",")}`);
  });
  await client.end();
  return { count, domainMs: round(domain.ms), rawInsertMs: round(raw.ms), ratio: round(domain.ms / raw.ms, 2), targetMs: 2000 };
}
