import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

describe("setUserDisabled", () => {
  it("disables and enables an account with an audit event each", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    expect(await setUserDisabled({ id: editor.id, disabled: true, actor: admin })).toMatchObject({ ok: true, data: { disabled: true } });
    expect(await setUserDisabled({ id: editor.id, disabled: true, actor: admin })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await setUserDisabled({ id: editor.id, disabled: false, actor: admin })).toMatchObject({ ok: true, data: { disabled: false } });
    const actions = (await db.auditEvent.findMany({ where: { target: editor.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  it("refuses non-admins, self-disabling and disabling the last admin", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const ops = await makeUser("OPS", "ops");
    expect(await setUserDisabled({ id: admin.id, disabled: true, actor: ops })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await setUserDisabled({ id: admin.id, disabled: true, actor: admin })).toMatchObject({ ok: false, error: { code: "conflict" } });

    const second = await makeUser("ADMIN", "second");
    expect((await setUserDisabled({ id: admin.id, disabled: true, actor: second })).ok).toBe(true);
    // `second` is now the only enabled admin; the actor object still says ADMIN, as a stale request would.
    expect(await setUserDisabled({ id: second.id, disabled: true, actor: admin })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("last enabled administrator") },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: second.id } })).disabled).toBe(false);
  });
});
