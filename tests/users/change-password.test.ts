import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createSession } from "@/lib/sessions/create-session";
import { findLiveSession } from "@/lib/sessions/find-live-session";
import { changePassword } from "@/lib/users/change-password";
import { makeUser, PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const NEW_PASSWORD = "a new and long enough password";

describe("changePassword", () => {
  it("needs the current password, then keeps this session and ends the others", async () => {
    const user = await makeUser("EDITOR");
    const [current, other] = await Promise.all([1, 2].map(() => createSession({ userId: user.id, ip: null, userAgent: null })));
    const actor = { id: user.id, role: user.role, sessionId: current!.id };

    expect(await changePassword({ actor, currentPassword: "not my password", newPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { currentPassword: expect.any(String) } },
    });
    expect(await changePassword({ actor, currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).toEqual({ ok: true, data: { endedSessions: 1 } });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await findLiveSession({ sessionId: current!.id, userId: user.id })).not.toBeNull();
    expect(await findLiveSession({ sessionId: other!.id, userId: user.id })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.password_change", actorId: user.id } })).toBe(1);
  });

  it("shares the account's sign-in lockout, so a stolen session cannot guess the current password", async () => {
    const user = await makeUser("MEMBER");
    const session = await createSession({ userId: user.id, ip: null, userAgent: null });
    const actor = { id: user.id, role: user.role, sessionId: session.id };
    for (let i = 0; i < 5; i++) {
      expect(await changePassword({ actor, currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })).toMatchObject({ error: { code: "validation" } });
    }
    expect(await changePassword({ actor, currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).toMatchObject({ error: { code: "rate_limited" } });
  });
});
