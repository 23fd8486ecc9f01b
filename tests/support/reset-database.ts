import { db } from "@/lib/db";

/** Empties every application table, for tests that assert exact counts. */
export async function resetDatabase(): Promise<void> {
  await db.$executeRawUnsafe(
    `TRUNCATE users, invites, invite_counts, redemptions, audit_events, api_keys, password_resets, rate_limits RESTART IDENTITY CASCADE`,
  );
}
