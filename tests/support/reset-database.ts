import { db } from "@/lib/db";

/** Empties every application table, for tests that assert exact counts. */
export async function resetDatabase(): Promise<void> {
  await db.$executeRawUnsafe(
    `TRUNCATE users, user_identities, invites, invite_counts, redemption_hours, invite_created_hours, invited_account_hours, redemptions, audit_events, api_keys, password_resets, rate_limits, settings, mails, dev_mailbox, webhook_endpoints, webhook_events, webhook_deliveries, invite_requests RESTART IDENTITY CASCADE`,
  );
  // The settings row always exists in a migrated database; put it back with its defaults.
  await db.$executeRawUnsafe(`INSERT INTO settings (id) VALUES (1)`);
}
