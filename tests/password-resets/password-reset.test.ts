import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { now, setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { issuePasswordReset } from "@/lib/password-resets/issue-password-reset";
import { resetLinkStatus, resetPassword } from "@/lib/password-resets/reset-password";
import { createSession } from "@/lib/sessions/create-session";
import { findLiveSession } from "@/lib/sessions/find-live-session";
import { HOUR, makeUser, PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

const NEW_PASSWORD = "a brand new password for this account";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

async function issue() {
  const admin = await makeUser("ADMIN", "reset-admin");
  const member = await makeUser("MEMBER", "reset-member");
  const issued = await issuePasswordReset(member.id, { id: admin.id, role: "ADMIN" });
  if (!issued.ok) throw new Error(issued.error.message);
  return { admin, member, token: issued.data.token };
}

describe("password resets", () => {
  it("sets the new password once, ends every session of the user and refuses a second use", async () => {
    const { member, token } = await issue();
    const sessions = await Promise.all([1, 2].map(() => createSession({ userId: member.id, ip: null, userAgent: null })));
    expect(await resetLinkStatus(token)).toEqual({ status: "valid" });

    const first = await resetPassword({ token, password: NEW_PASSWORD });
    expect(first).toEqual({ ok: true, data: { email: member.email } });
    const updated = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    for (const session of sessions) expect(await findLiveSession({ sessionId: session.id, userId: member.id })).toBeNull();
    expect(await db.session.findMany({ where: { userId: member.id } })).toEqual(
      sessions.map(() => expect.objectContaining({ endReason: "password_reset" })),
    );
    expect(await verifyPassword(updated.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(updated.passwordHash!, PASSWORD)).toBe(false);
    expect((await signInWithPassword({ email: member.email, password: NEW_PASSWORD, ip: null })).ok).toBe(true);

    const second = await resetPassword({ token, password: "yet another long password" });
    expect(second).toMatchObject({ ok: false, error: { code: "used" } });
    expect((await resetLinkStatus(token)).status).toBe("used");
    const actions = (await db.auditEvent.findMany()).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["user.password_reset_issue", "user.password_reset"]));
  });

  it("lets exactly one of two simultaneous submissions win", async () => {
    const { member, token } = await issue();
    const results = await Promise.all([
      resetPassword({ token, password: "first concurrent password" }),
      resetPassword({ token, password: "second concurrent password" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: { code: "used" } });
    expect(await db.auditEvent.count({ where: { action: "user.password_reset", target: member.id } })).toBe(1);
  });

  it("expires one hour after it was issued", async () => {
    const { member, token } = await issue();
    const session = await createSession({ userId: member.id, ip: null, userAgent: null });
    setClockForTests(new Date(now().getTime() + HOUR + 1_000));
    expect((await resetLinkStatus(token)).status).toBe("expired");
    expect(await resetPassword({ token, password: NEW_PASSWORD })).toMatchObject({ ok: false, error: { code: "expired" } });
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ endedAt: null });
  });

  it("stores only the token's hash and refuses unknown or malformed tokens", async () => {
    const { token } = await issue();
    const stored = await db.passwordReset.findFirstOrThrow();
    expect(Buffer.from(stored.tokenHash).toString("base64url")).not.toBe(token);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(token);
    expect((await resetLinkStatus(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).status).toBe("invalid");
    expect((await resetLinkStatus("short")).status).toBe("invalid");
  });

  it("lets only an ADMIN issue a link", async () => {
    const ops = await makeUser("OPS", "reset-ops");
    const member = await makeUser("MEMBER", "reset-target");
    expect(await issuePasswordReset(member.id, { id: ops.id, role: "OPS" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.passwordReset.count()).toBe(0);
  });
});
