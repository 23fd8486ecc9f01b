import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { makeUser, PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

const MINUTE = 60_000;
// The start of a 15-minute window, so "minutes left" is predictable.
const WINDOW_START = new Date("2026-11-22T10:00:00.000Z");

describe("signInWithPassword", () => {
  it("signs in with the right password and records the audit event", async () => {
    const user = await makeUser("EDITOR", "erin");
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: PASSWORD, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, data: { id: user.id, role: "EDITOR" } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" } });
    expect(event).toMatchObject({ actorId: user.id, ip: "10.0.0.1" });
  });

  it("gives one generic message for an unknown e-mail and a wrong password", async () => {
    const user = await makeUser("ADMIN");
    const wrong = await signInWithPassword({ email: user.email, password: "not the password", ip: "10.0.0.1" });
    const unknown = await signInWithPassword({ email: "nobody@example.test", password: PASSWORD, ip: "10.0.0.1" });
    expect(wrong).toMatchObject({ ok: false, error: { message: "E-mail or password is wrong." } });
    expect(unknown).toMatchObject({ ok: false, error: { message: "E-mail or password is wrong." } });
    const failures = await db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" } });
    expect(failures.map((event) => (event.detail as { reason: string }).reason).sort()).toEqual(["unknown_email", "wrong_password"]);
  });

  it("locks an e-mail and IP out after 5 failures with 'try again in N minutes', even for the right password", async () => {
    setClockForTests(new Date(WINDOW_START.getTime() + 3 * MINUTE));
    const user = await makeUser("ADMIN");
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: user.email, password: `wrong ${i}`, ip: "10.0.0.2" })).toMatchObject({ ok: false, error: { code: "wrong_credentials" } });
    }
    const locked = await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.2" });
    expect(locked).toMatchObject({ ok: false, error: { code: "rate_limited", message: "Too many failed sign-ins. Try again in 12 minutes." } });

    const otherIp = await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.3" });
    expect(otherIp.ok).toBe(true);

    setClockForTests(new Date(WINDOW_START.getTime() + 14 * MINUTE + 30_000));
    const almost = await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.2" });
    expect(almost).toMatchObject({ ok: false, error: { message: "Too many failed sign-ins. Try again in 1 minute." } });

    setClockForTests(new Date(WINDOW_START.getTime() + 15 * MINUTE));
    expect((await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.2" })).ok).toBe(true);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await makeUser("EDITOR");
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    const result = await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.4" });
    expect(result).toMatchObject({ ok: false, error: { code: "disabled" } });
  });
});
