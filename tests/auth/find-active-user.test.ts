import { beforeEach, describe, expect, it } from "vitest";
import { findActiveUser } from "@/lib/auth/find-active-user";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

describe("findActiveUser (the per-request session check)", () => {
  it("loses a user the moment an admin disables them, and finds them again once enabled", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    const claims = { userId: editor.id, sessionVersion: 0 };
    expect(await findActiveUser(claims)).toMatchObject({ id: editor.id, role: "EDITOR" });

    expect((await setUserDisabled({ id: editor.id, disabled: true, actor: admin })).ok).toBe(true);
    expect(await findActiveUser(claims)).toBeNull();

    expect((await setUserDisabled({ id: editor.id, disabled: false, actor: admin })).ok).toBe(true);
    expect(await findActiveUser(claims)).toMatchObject({ id: editor.id });
  });

  it("sees a changed role on the next request", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    await changeUserRole({ id: editor.id, role: "MEMBER", actor: admin });
    expect(await findActiveUser({ userId: editor.id, sessionVersion: 0 })).toMatchObject({ role: "MEMBER" });
  });

  it("ends sessions whose version moved on, and ignores ids that are not users", async () => {
    const user = await makeUser("OPS");
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await findActiveUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await findActiveUser({ userId: user.id, sessionVersion: 1 })).toMatchObject({ id: user.id });
    expect(await findActiveUser({ userId: "not-a-uuid", sessionVersion: 0 })).toBeNull();
  });
});
