import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ownsSession } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";
import { endSession, endUserSessions } from "./end-sessions";

/** Signing out: the current session ends on every instance at once, with an audit event. */
export async function signOutSession(actor: Actor & { sessionId: string }): Promise<void> {
  await db.$transaction(async (tx: Tx) => {
    await endSession({ sessionId: actor.sessionId, userId: actor.id, reason: "signed_out" }, tx);
    await recordAuditEvent({ actorId: actor.id, action: "auth.sign_out", target: actor.sessionId, ip: actor.ip }, tx);
  });
}

/** A person ends one of their own sessions (another browser, a lost phone) from their account page. */
export async function endOwnSession(args: { sessionId: string; actor: Actor }): Promise<Result<{ sessionId: string }>> {
  const notYours = () => fail("not_found", "This session does not exist or has already ended.");
  if (!idSchema.safeParse(args.sessionId).success) return notYours();
  return db.$transaction(async (tx: Tx) => {
    const session = await tx.session.findUnique({ where: { id: args.sessionId }, select: { userId: true, endedAt: true } });
    if (!session || session.endedAt || !ownsSession(args.actor, session)) return notYours();
    await endSession({ sessionId: args.sessionId, userId: session.userId, reason: "ended_by_user" }, tx);
    await recordAuditEvent({ actorId: args.actor.id, action: "auth.session_end", target: args.sessionId, ip: args.actor.ip }, tx);
    return ok({ sessionId: args.sessionId });
  });
}

/** "Sign out everywhere": every session of the person ends, this one included. */
export async function signOutEverywhere(actor: Actor): Promise<Result<{ ended: number }>> {
  return db.$transaction(async (tx: Tx) => {
    const ended = await endUserSessions({ userId: actor.id, reason: "signed_out_everywhere" }, tx);
    await recordAuditEvent({ actorId: actor.id, action: "auth.sign_out_everywhere", target: actor.id, ip: actor.ip, detail: { ended } }, tx);
    return ok({ ended });
  });
}
