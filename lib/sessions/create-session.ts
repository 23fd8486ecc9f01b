import "server-only";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { sessionLifetime } from "./session-lifetime";

export type NewSession = { id: string; expiresAt: Date };

/** Opens a session record for a user who just proved who they are; its absolute expiry is fixed here, once. */
export async function createSession(
  args: { userId: string; ip: string | null; userAgent: string | null },
  client: Tx = db,
): Promise<NewSession> {
  const at = now();
  return client.session.create({
    data: {
      userId: args.userId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(at.getTime() + sessionLifetime().maxMs),
      ip: args.ip,
      userAgent: args.userAgent?.slice(0, 500) ?? null,
    },
    select: { id: true, expiresAt: true },
  });
}
