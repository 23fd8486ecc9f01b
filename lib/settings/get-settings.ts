import "server-only";
import { db, type Tx } from "@/lib/db";

export type AppSettings = Awaited<ReturnType<typeof getSettings>>;

/** The one row of ADMIN switches. The migration inserts it, so it always exists. */
export async function getSettings(client: Tx = db) {
  return client.settings.findUniqueOrThrow({ where: { id: 1 }, omit: { id: true } });
}
