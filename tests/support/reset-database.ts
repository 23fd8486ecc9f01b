import { db } from "@/lib/db";

const TRUNCATE = `TRUNCATE users, user_identities, invites, invite_counts, redemption_hours, redemption_hour_totals, invite_created_hours, invited_account_hours, redemptions, audit_events, api_keys, password_resets, rate_limits, settings, mails, dev_mailbox, webhook_endpoints, webhook_events, webhook_deliveries, invite_requests RESTART IDENTITY CASCADE`;

/**
 * Empties every application table, for tests that assert exact counts. A job worker the previous test started
 * may still be writing (a webhook delivery locks its delivery row, then its endpoint); TRUNCATE locks the tables
 * in its own order, so PostgreSQL can pick it as a deadlock victim. It rolled back whole, and is tried again.
 */
export async function resetDatabase(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$executeRawUnsafe(TRUNCATE);
      break;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes("40P01")) throw error;
    }
  }
  // The settings row always exists in a migrated database; put it back with its defaults.
  await db.$executeRawUnsafe(`INSERT INTO settings (id) VALUES (1)`);
}
