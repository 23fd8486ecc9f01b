import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { csvStream } from "@/lib/exports/csv-response";
import { exportInvites, INVITE_COLUMNS } from "@/lib/exports/export-invites";
import { createInvites } from "@/lib/invites/create-invites";
import { HOUR, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

it("exports every invite exactly once when thousands share one creation time across page boundaries", async () => {
  const admin = await makeUser("ADMIN", "ties");
  // createInvites writes a batch in one statement: every invite of a batch has the very same created_at. The
  // export reads 5 000 rows a page, so these ties straddle page boundaries.
  for (const count of [7_000, 1, 5_000]) {
    await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 48 * HOUR), note: "ties", count, createdById: admin.id });
  }
  const times = await db.invite.groupBy({ by: ["createdAt"], _count: true });
  expect(times.map((time) => time._count).sort((a, b) => a - b)).toEqual([1, 5_000, 7_000]);

  for (const sort of ["newest", "oldest"] as const) {
    const csv = await new Response(csvStream(INVITE_COLUMNS, exportInvites({ sort }, { id: admin.id, role: "ADMIN" }))).text();
    const ids = csv.trimEnd().split("\r\n").slice(1).map((line) => line.split(",")[0]!.replaceAll('"', ""));
    expect(ids).toHaveLength(12_001);
    expect(new Set(ids).size).toBe(12_001);
  }
}, 60_000);
