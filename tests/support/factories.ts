import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { createInvites } from "@/lib/invites/create-invites";

export const HOUR = 3_600_000;
export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(name = "person"): string {
  return `${name}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function makeUser(role: Role = "ADMIN", name = "staff") {
  return db.user.create({
    data: { email: uniqueEmail(name), name, role, passwordHash: await hashPassword(PASSWORD) },
  });
}

export async function makeInvite(options: { role?: Role; maxUses?: number; hours?: number; createdById?: string | null; note?: string } = {}) {
  const batch = await createInvites({
    role: options.role ?? "MEMBER",
    maxUses: options.maxUses ?? 1,
    expiresAt: new Date(now().getTime() + (options.hours ?? 72) * HOUR),
    note: options.note ?? null,
    count: 1,
    createdById: options.createdById ?? null,
  });
  return batch.invites[0]!;
}

export function redeemRequest(code: string, name: string) {
  return { code, email: uniqueEmail(name), name, password: PASSWORD, ip: "127.0.0.1", userAgent: "vitest" };
}
