import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { SIGN_IN_NETWORK_RULE, signInWithPassword } from "@/lib/auth/sign-in";
import { makeUser, PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

const MINUTE = 60_000;
const START = new Date("2026-11-22T10:03:00.000Z");

const reasons = async () =>
  (await db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" } })).map((event) => (event.detail as { reason: string }).reason);

describe("signInWithPassword", () => {
  it("signs in with the right password and records the audit event", async () => {
    const user = await makeUser("EDITOR", "erin");
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: PASSWORD, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, data: { id: user.id, role: "EDITOR" } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" } });
    expect(event).toMatchObject({ actorId: user.id, ip: "10.0.0.1" });
  });

  it("gives one generic answer for an unknown e-mail, a wrong password and a disabled account", async () => {
    const user = await makeUser("ADMIN");
    const disabled = await makeUser("EDITOR");
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const answers = [
      await signInWithPassword({ email: user.email, password: "not the password", ip: "10.0.0.1" }),
      await signInWithPassword({ email: "nobody@example.test", password: PASSWORD, ip: "10.0.0.1" }),
      await signInWithPassword({ email: disabled.email, password: PASSWORD, ip: "10.0.0.1" }),
    ];
    for (const answer of answers) expect(answer).toEqual({ ok: false, error: { code: "wrong_credentials", message: "E-mail or password is wrong." } });
    expect((await reasons()).sort()).toEqual(["disabled", "unknown_email", "wrong_password"]);
  });

  it("locks an account after 5 failures in a row, from any address, with a wait that grows and ends by itself", async () => {
    setClockForTests(START);
    const user = await makeUser("ADMIN");
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: user.email, password: `wrong ${i}`, ip: `10.0.0.${i}` })).toMatchObject({ ok: false, error: { code: "wrong_credentials" } });
    }
    // The right password does not help, and another address does not start afresh.
    for (const ip of ["10.0.0.9", "192.0.2.1"]) {
      expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip })).toMatchObject({
        ok: false,
        error: { code: "rate_limited", message: "Too many failed sign-ins. Try again in 1 minute.", retryAfter: 60 },
      });
    }
    // After the first minute: one more attempt, and a wrong one doubles the wait.
    setClockForTests(new Date(START.getTime() + MINUTE));
    expect(await signInWithPassword({ email: user.email, password: "wrong again", ip: "10.0.0.9" })).toMatchObject({ error: { code: "wrong_credentials" } });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.9" })).toMatchObject({
      error: { code: "rate_limited", message: "Too many failed sign-ins. Try again in 2 minutes." },
    });
    setClockForTests(new Date(START.getTime() + 3 * MINUTE));
    expect((await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.9" })).ok).toBe(true);
    // A success starts the count again.
    expect(await signInWithPassword({ email: user.email, password: "wrong", ip: "10.0.0.9" })).toMatchObject({ error: { code: "wrong_credentials" } });
    expect((await signInWithPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.9" })).ok).toBe(true);
  });

  it("verifies at most 5 passwords when 40 wrong ones for one account arrive at once", async () => {
    const user = await makeUser("ADMIN");
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signInWithPassword({ email: user.email, password: `wrong ${i}`, ip: "10.0.1.1" })),
    );
    expect(answers.filter((answer) => !answer.ok && answer.error.code === "wrong_credentials")).toHaveLength(5);
    expect(answers.filter((answer) => !answer.ok && answer.error.code === "rate_limited")).toHaveLength(35);
    expect((await reasons()).filter((reason) => reason === "wrong_password")).toHaveLength(5);
  });

  it("limits failures per client network: an IPv4 address, or an IPv6 /64 as a whole", async () => {
    setClockForTests(START);
    const limit = SIGN_IN_NETWORK_RULE.limit;
    // Different accounts each time, so only the network limit can apply.
    for (let i = 0; i < limit; i++) {
      const ip = `2001:db8:1:2:${i.toString(16)}::1`;
      expect(await signInWithPassword({ email: `nobody-${i}@example.test`, password: "wrong password", ip })).toMatchObject({ error: { code: "wrong_credentials" } });
    }
    const user = await makeUser("MEMBER");
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip: "2001:db8:1:2:ffff::9" })).toMatchObject({ error: { code: "rate_limited" } });
    expect((await signInWithPassword({ email: user.email, password: PASSWORD, ip: "2001:db8:1:3::9" })).ok).toBe(true);
    // A success never counts against the network.
    for (let i = 0; i < limit + 5; i++) {
      expect((await signInWithPassword({ email: user.email, password: PASSWORD, ip: "192.0.2.77" })).ok).toBe(true);
    }
  });
});
