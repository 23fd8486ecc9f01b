import { grantableRoles, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";

export type ChangedUser = { id: string; email: string; role: Role; disabled: boolean };

const select = { id: true, email: true, role: true, disabled: true } as const;

/** Whether another enabled ADMIN would remain, so that nobody can lock every administrator out. */
export async function anotherAdminRemains(userId: string, client: Tx = db): Promise<boolean> {
  const others = await client.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
  return others > 0;
}

/**
 * Gives a user another role, within the actor's ceiling. Nobody changes their own role (a slip could lock them
 * out), and the last enabled ADMIN keeps theirs. The new role applies on the user's next request, because
 * roles are re-read from the database on every one.
 */
export async function changeUserRole(args: { id: string; role: Role; actor: Actor }): Promise<Result<ChangedUser>> {
  if (args.actor.role !== "ADMIN") return fail("forbidden", "Only administrators may change roles.");
  if (!grantableRoles(args.actor.role).includes(args.role)) return fail("forbidden", `You may not give the ${args.role} role.`);
  if (!idSchema.safeParse(args.id).success) return notFound();
  if (args.id === args.actor.id) return fail("conflict", "You cannot change your own role. Ask another administrator.");
  return db.$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: args.id }, select });
    if (!user) return notFound();
    if (user.role === args.role) return fail("conflict", `${user.email} already has the ${args.role} role.`);
    if (user.role === "ADMIN" && !(await anotherAdminRemains(user.id, tx))) {
      return fail("conflict", "This is the last enabled administrator; make someone else ADMIN first.");
    }
    const changed = await tx.user.update({ where: { id: user.id }, data: { role: args.role }, select });
    await recordAuditEvent(
      { actorId: args.actor.id, action: "user.role_change", target: user.id, ip: args.actor.ip, detail: { from: user.role, to: args.role } },
      tx,
    );
    return ok(changed);
  });
}

const notFound = () => fail("not_found", "This user does not exist.");
