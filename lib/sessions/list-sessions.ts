import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { sessionLifetime } from "./session-lifetime";

export type SessionSummary = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; ip: string | null; userAgent: string | null };

/** A user's sessions that are still alive, most recently used first (for the account page). */
export async function listLiveSessions(userId: string): Promise<SessionSummary[]> {
  const at = now();
  return db.session.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: at }, lastSeenAt: { gt: new Date(at.getTime() - sessionLifetime().idleMs) } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
    take: 100,
  });
}
