import type { Role } from "@/lib/generated/prisma/client";

/** The signed-in person on whose behalf a domain function acts (a key acts for its creator). */
export type Actor = { id: string; role: Role; ip?: string | null };
