import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";

export type AuditEventInput = {
  actorId?: string | null;
  action: AuditAction;
  target?: string | null;
  detail?: Prisma.InputJsonObject;
  ip?: string | null;
};

/** Appends one audit event. Pass the transaction client when the event must commit with the change it records. */
export async function recordAuditEvent(event: AuditEventInput, client: Tx = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: event.actorId ?? null,
      action: event.action,
      target: event.target ?? null,
      detail: event.detail ?? {},
      ip: event.ip ?? null,
    },
  });
}
