import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { createInviteBatch } from "@/lib/invites/create-invite-batch";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { createInvitesFormSchema } from "@/lib/validation/invites";
import { HOUR, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

const form = (fields: Record<string, string>) =>
  createInvitesFormSchema.parse({ role: "EDITOR", maxUses: "1", expiry: "7d", count: "3", note: "", ...fields });

describe("createInviteBatch", () => {
  it("creates a batch whose preset expiry counts from the server clock, and returns each code once", async () => {
    const at = new Date("2026-11-22T09:00:00Z");
    setClockForTests(at);
    const admin = await makeUser("ADMIN");
    const result = await createInviteBatch(form({ expiry: "1d", note: "launch" }), { ...admin, ip: "10.0.0.9" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data).toMatchObject({ role: "EDITOR", maxUses: 1, note: "launch", expiresAt: new Date(at.getTime() + 24 * HOUR) });
    expect(result.data.invites).toHaveLength(3);

    const rows = await db.invite.findMany({ where: { batchId: result.data.batchId } });
    expect(rows).toHaveLength(3);
    for (const invite of result.data.invites) {
      const row = rows.find((r) => r.id === invite.id)!;
      expect(Buffer.from(row.codeHash).equals(hashSecret(invite.code))).toBe(true);
      expect(row).toMatchObject({ createdById: admin.id, note: "launch", role: "EDITOR" });
    }
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "invite.create" } });
    expect(audit).toMatchObject({ actorId: admin.id, target: result.data.batchId, ip: "10.0.0.9" });
    expect(JSON.stringify(audit.detail)).not.toContain(result.data.invites[0]!.code);
  });

  it("keeps an EDITOR at or below EDITOR and stores nothing when refused", async () => {
    const editor = await makeUser("EDITOR");
    for (const role of ["ADMIN", "OPS"]) {
      expect(await createInviteBatch(form({ role }), editor)).toMatchObject({ ok: false, error: { code: "forbidden", fields: { role: expect.any(String) } } });
    }
    expect(await db.invite.count()).toBe(0);
    expect((await createInviteBatch(form({ role: "MEMBER", count: "1" }), editor)).ok).toBe(true);
  });

  it("refuses OPS and MEMBER entirely", async () => {
    for (const role of ["OPS", "MEMBER"] as const) {
      const user = await makeUser(role);
      expect(await createInviteBatch(form({ role: "MEMBER" }), user)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
  });

  it("takes an exact date-time, and refuses one in the past", async () => {
    const admin = await makeUser("ADMIN");
    const future = new Date(Date.now() + 3 * HOUR);
    const exact = await createInviteBatch(form({ expiry: "custom", expiresAt: future.toISOString(), count: "1" }), admin);
    expect(exact).toMatchObject({ ok: true, data: { expiresAt: future } });
    const past = await createInviteBatch(form({ expiry: "custom", expiresAt: new Date(Date.now() - HOUR).toISOString() }), admin);
    expect(past).toMatchObject({ ok: false, error: { code: "validation", fields: { expiresAt: expect.any(String) } } });
    const tooFar = await createInviteBatch(form({ expiry: "custom", expiresAt: new Date(Date.now() + 366 * 24 * HOUR).toISOString() }), admin);
    expect(tooFar).toMatchObject({ ok: false, error: { code: "validation", fields: { expiresAt: "An invite may expire at most 365 days ahead." } } });
  });
});

describe("createInvitesFormSchema", () => {
  it("asks for a date-time when the custom expiry has none, and bounds uses and quantity", () => {
    const base = { role: "MEMBER", maxUses: "1", expiry: "7d", count: "1" };
    const issues = (input: Record<string, string>) =>
      createInvitesFormSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(issues({ expiry: "custom" })).toEqual(["expiresAt"]);
    expect(issues({ expiry: "custom", expiresAt: "not a date" })).toEqual(["expiresAt"]);
    expect(issues({ maxUses: "0" })).toEqual(["maxUses"]);
    expect(issues({ maxUses: "10001" })).toEqual(["maxUses"]);
    expect(issues({ count: "1001" })).toEqual(["count"]);
    expect(issues({ count: "1000", maxUses: "10000" })).toEqual([]);
    expect(issues({ expiry: "2d" })).toEqual(["expiry"]);
  });
});
