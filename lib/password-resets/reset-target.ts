import "server-only";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/validation/fields";

/** The user a reset link would be issued for, as the reset page shows them. */
export async function findResetTarget(userId: string) {
  if (!idSchema.safeParse(userId).success) return null;
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, disabled: true } });
}
