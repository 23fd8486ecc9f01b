import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { createSession } from "@/lib/sessions/create-session";
import { endSession } from "@/lib/sessions/end-sessions";
import { findLiveSession } from "@/lib/sessions/find-live-session";
import { listLiveSessions } from "@/lib/sessions/list-sessions";
import { endOwnSession, signOutEverywhere } from "@/lib/sessions/sign-out";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

const MINUTE = 60_000;
const START = new Date("2026-11-23T08:00:00Z");
const at = (minutes: number) => setClockForTests(new Date(START.getTime() + minutes * MINUTE));

describe("session records", () => {
  it("end after 30 idle minutes, and being used keeps them alive", async () => {
    at(0);
    const user = await makeUser("MEMBER");
    const session = await createSession({ userId: user.id, ip: "10.0.0.1", userAgent: "vitest" });
    const claims = { sessionId: session.id, userId: user.id };
    at(29);
    expect(await findLiveSession(claims)).toMatchObject({ user: { id: user.id } });
    at(58);
    expect(await findLiveSession(claims)).toMatchObject({ user: { id: user.id } });
    at(89);
    expect(await findLiveSession(claims)).toBeNull();
  });

  it("end 12 hours after sign-in however busy they are", async () => {
    at(0);
    const user = await makeUser("MEMBER");
    const session = await createSession({ userId: user.id, ip: null, userAgent: null });
    expect(session.expiresAt).toEqual(new Date(START.getTime() + 12 * 60 * MINUTE));
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      at(minute);
      expect(await findLiveSession({ sessionId: session.id, userId: user.id })).not.toBeNull();
    }
    at(12 * 60);
    expect(await findLiveSession({ sessionId: session.id, userId: user.id })).toBeNull();
  });

  it("write 'last seen' at most once a minute", async () => {
    at(0);
    const user = await makeUser("MEMBER");
    const session = await createSession({ userId: user.id, ip: null, userAgent: null });
    const seen = async () => (await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt;
    setClockForTests(new Date(START.getTime() + 30_000));
    await findLiveSession({ sessionId: session.id, userId: user.id });
    expect(await seen()).toEqual(START);
    at(2);
    await findLiveSession({ sessionId: session.id, userId: user.id });
    expect(await seen()).toEqual(new Date(START.getTime() + 2 * MINUTE));
  });

  it("refuse a session of another user, an ended one, and one whose user is disabled", async () => {
    const [alice, bob] = [await makeUser("MEMBER", "alice"), await makeUser("MEMBER", "bob")];
    const session = await createSession({ userId: alice.id, ip: null, userAgent: null });
    expect(await findLiveSession({ sessionId: session.id, userId: bob.id })).toBeNull();
    await db.user.update({ where: { id: alice.id }, data: { disabled: true } });
    expect(await findLiveSession({ sessionId: session.id, userId: alice.id })).toBeNull();
    await db.user.update({ where: { id: alice.id }, data: { disabled: false } });
    expect(await findLiveSession({ sessionId: session.id, userId: alice.id })).not.toBeNull();
    expect(await endSession({ sessionId: session.id, userId: alice.id, reason: "signed_out" })).toBe(true);
    expect(await findLiveSession({ sessionId: session.id, userId: alice.id })).toBeNull();
    expect(await findLiveSession({ sessionId: "not-a-uuid", userId: alice.id })).toBeNull();
  });

  it("people end their own sessions, one or all, and nobody else's", async () => {
    const [alice, bob] = [await makeUser("MEMBER", "alice"), await makeUser("EDITOR", "bob")];
    const [a1, a2, a3] = await Promise.all([1, 2, 3].map(() => createSession({ userId: alice.id, ip: null, userAgent: null })));
    const b1 = await createSession({ userId: bob.id, ip: null, userAgent: null });
    expect(await endOwnSession({ sessionId: b1.id, actor: alice })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await endOwnSession({ sessionId: a2!.id, actor: alice })).toMatchObject({ ok: true });
    expect((await listLiveSessions(alice.id)).map((session) => session.id).sort()).toEqual([a1!.id, a3!.id].sort());
    expect(await signOutEverywhere(alice)).toEqual({ ok: true, data: { ended: 2 } });
    expect(await listLiveSessions(alice.id)).toEqual([]);
    expect(await listLiveSessions(bob.id)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { actorId: alice.id, action: { in: ["auth.session_end", "auth.sign_out_everywhere"] } } })).toBe(2);
  });
});
