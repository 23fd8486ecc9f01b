import "server-only";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";

/** Why a session ended, as the account page and the audit log say it. */
export type EndReason =
  | "signed_out"
  | "ended_by_user"
  | "signed_out_everywhere"
  | "password_changed"
  | "password_reset"
  | "role_changed"
  | "disabled";

/** Ends one session of a user; false when it was not theirs or had already ended. */
export async function endSession(args: { sessionId: string; userId: string; reason: EndReason }, client: Tx = db): Promise<boolean> {
  const ended = await client.session.updateMany({
    where: { id: args.sessionId, userId: args.userId, endedAt: null },
    data: { endedAt: now(), endReason: args.reason },
  });
  return ended.count === 1;
}

/** Ends every open session of a user (optionally all but one), in the caller's transaction when given one. */
export async function endUserSessions(args: { userId: string; reason: EndReason; exceptSessionId?: string }, client: Tx = db): Promise<number> {
  const ended = await client.session.updateMany({
    where: { userId: args.userId, endedAt: null, ...(args.exceptSessionId ? { id: { not: args.exceptSessionId } } : {}) },
    data: { endedAt: now(), endReason: args.reason },
  });
  return ended.count;
}
