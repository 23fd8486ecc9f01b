import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";
import { anotherAdminRemains, type ChangedUser } from "./change-user-role";

/**
 * Disables or re-enables an account. A disabled user is refused on their very next request (the session check
 * reads `disabled` every time) and cannot sign in. Nobody disables themselves, nor the last enabled ADMIN.
 */
export async function setUserDisabled(args: { id: string; disabled: boolean; actor: Actor }): Promise<Result<ChangedUser>> {
  if (args.actor.role !== "ADMIN") return fail("forbidden", "Only administrators may disable or enable accounts.");
  if (!idSchema.safeParse(args.id).success) return notFound();
  if (args.id === args.actor.id) return fail("conflict", "You cannot disable your own account.");
  return db.$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: args.id }, select: { id: true, role: true, disabled: true } });
    if (!user) return notFound();
    if (user.disabled === args.disabled) {
      return fail("conflict", args.disabled ? "This account is already disabled." : "This account is already enabled.");
    }
    if (args.disabled && user.role === "ADMIN" && !(await anotherAdminRemains(user.id, tx))) {
      return fail("conflict", "This is the last enabled administrator and cannot be disabled.");
    }
    const changed = await tx.user.update({
      where: { id: user.id },
      data: { disabled: args.disabled },
      select: { id: true, email: true, role: true, disabled: true },
    });
    await recordAuditEvent(
      { actorId: args.actor.id, action: args.disabled ? "user.disable" : "user.enable", target: user.id, ip: args.actor.ip },
      tx,
    );
    return ok(changed);
  });
}

const notFound = () => fail("not_found", "This user does not exist.");
