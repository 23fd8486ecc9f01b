import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/validation/fields";
import { LAST_SEEN_RESOLUTION_MS, sessionLifetime } from "./session-lifetime";

export type LiveSession = { sessionId: string; expiresAt: Date; user: { id: string; email: string; name: string; role: Role } };

/**
 * The session a cookie names, if it is still alive: not ended, within its absolute lifetime, used within the
 * idle timeout, and its user enabled (and approved, when their invite needed approval). Read on every request, so ending a session, disabling a user or changing a
 * role takes effect on the very next request on every instance. Being used keeps it from going idle.
 */
export async function findLiveSession(claims: { sessionId: string; userId: string }): Promise<LiveSession | null> {
  if (!idSchema.safeParse(claims.sessionId).success || !idSchema.safeParse(claims.userId).success) return null;
  const at = now();
  const { idleMs } = sessionLifetime();
  const session = await db.session.findFirst({
    where: {
      id: claims.sessionId,
      userId: claims.userId,
      endedAt: null,
      expiresAt: { gt: at },
      lastSeenAt: { gt: new Date(at.getTime() - idleMs) },
      user: { disabled: false, pendingApproval: false },
    },
    select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!session) return null;
  if (at.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: at } });
  }
  return { sessionId: session.id, expiresAt: session.expiresAt, user: session.user };
}
