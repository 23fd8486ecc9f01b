import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

describe("changeUserRole", () => {
  it("lets an ADMIN change a role and records who changed what", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const member = await makeUser("MEMBER", "member");
    const result = await changeUserRole({ id: member.id, role: "OPS", actor: { ...admin, ip: "10.1.1.1" } });
    expect(result).toMatchObject({ ok: true, data: { id: member.id, role: "OPS" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("OPS");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.role_change" } });
    expect(event).toMatchObject({ actorId: admin.id, target: member.id, ip: "10.1.1.1", detail: { from: "MEMBER", to: "OPS" } });
  });

  it("refuses every role but ADMIN, and changes nothing", async () => {
    const member = await makeUser("MEMBER", "member");
    for (const role of ["EDITOR", "OPS", "MEMBER"] as const) {
      const actor = await makeUser(role, role.toLowerCase());
      expect(await changeUserRole({ id: member.id, role: "EDITOR", actor })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");
    expect(await db.auditEvent.count({ where: { action: "user.role_change" } })).toBe(0);
  });

  it("refuses changing your own role and demoting the last enabled admin", async () => {
    const admin = await makeUser("ADMIN", "admin");
    expect(await changeUserRole({ id: admin.id, role: "MEMBER", actor: admin })).toMatchObject({ ok: false, error: { code: "conflict" } });

    const other = await makeUser("ADMIN", "other");
    await db.user.update({ where: { id: admin.id }, data: { disabled: true } });
    const lastAdmin = await changeUserRole({ id: other.id, role: "EDITOR", actor: admin });
    expect(lastAdmin).toMatchObject({ ok: false, error: { message: expect.stringContaining("last enabled administrator") } });
  });

  it("says so when the role is unchanged or the user does not exist", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    expect(await changeUserRole({ id: editor.id, role: "EDITOR", actor: admin })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await changeUserRole({ id: "00000000-0000-4000-8000-000000000000", role: "EDITOR", actor: admin })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});
