import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/validation/fields";

export type ActiveUser = { id: string; email: string; name: string; role: Role };

/**
 * The user a session names, as the database has them now: null when the account is gone, disabled, or its
 * session version moved on (password reset, "sign out everywhere"). Called on every request, so a change to
 * any of these takes effect on the very next one.
 */
export async function findActiveUser(claims: { userId: string; sessionVersion: number }): Promise<ActiveUser | null> {
  if (!idSchema.safeParse(claims.userId).success) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
