import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import type { SettingsChange } from "@/lib/validation/settings";
import type { AppSettings } from "./get-settings";

/** Changes some settings and records which ones, with their old and new values, in one transaction. */
export async function updateSettings(args: { actor: Actor; change: SettingsChange }): Promise<Result<AppSettings>> {
  if (!can(args.actor, "settings.manage")) return fail("forbidden", "Only administrators may change settings.");
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.settings.findUniqueOrThrow({ where: { id: 1 } });
    const changed = Object.entries(args.change).filter(([key, value]) => JSON.stringify(before[key as keyof typeof before]) !== JSON.stringify(value));
    if (changed.length === 0) return ok(omitId(before));
    const after = await tx.settings.update({ where: { id: 1 }, data: { ...args.change, updatedAt: new Date(), updatedById: args.actor.id } });
    await recordAuditEvent(
      {
        actorId: args.actor.id,
        action: "settings.update",
        target: "settings",
        detail: Object.fromEntries(changed.map(([key, value]) => [key, { from: before[key as keyof typeof before] as never, to: value as never }])),
        ip: args.actor.ip,
      },
      tx,
    );
    return ok(omitId(after));
  });
}

function omitId<T extends { id: number }>({ id: _id, ...rest }: T): Omit<T, "id"> {
  return rest;
}
