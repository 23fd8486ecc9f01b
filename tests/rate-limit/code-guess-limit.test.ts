import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { generateCode } from "@/lib/invites/codes";
import { previewInvite } from "@/lib/invites/preview-invite";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { clearGuesses, GUESS_FLOOD, GUESSES_PER_IP, recordInvalidGuess } from "@/lib/rate-limit/code-guess-limit";
import { makeInvite, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

// A moment on a 15-minute boundary, so each test knows exactly where its window ends.
const WINDOW_START = new Date("2031-03-04T10:00:00.000Z");
const at = (minutes: number) => new Date(WINDOW_START.getTime() + minutes * 60_000);

function guess(ip: string) {
  return redeemInvite({ ...redeemRequest(generateCode(), "guesser"), ip });
}

async function guessTimes(ip: string, times: number) {
  const answers = [];
  for (let i = 0; i < times; i++) answers.push((await guess(ip)).ok ? "ok" : "error");
  return answers;
}

beforeEach(async () => {
  await resetDatabase();
  setClockForTests(at(1));
});
afterEach(() => setClockForTests(undefined));

describe("invalid-code limit per client IP", () => {
  it("answers 20 invalid codes, then refuses before looking anything up, with the time left in the window", async () => {
    const invite = await makeInvite();
    await guessTimes("198.51.100.1", GUESSES_PER_IP.limit);
    expect(await guess("198.51.100.1")).toMatchObject({ ok: false, error: { code: "rate_limited", retryAfter: 14 * 60 } });
    // Even a valid code is refused now: the answer must not depend on the code.
    expect(await redeemInvite({ ...redeemRequest(invite.code, "late"), ip: "198.51.100.1" })).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    // Another client is unaffected.
    expect(await redeemInvite({ ...redeemRequest(invite.code, "other"), ip: "198.51.100.2" })).toMatchObject({ ok: true });
    const refused = await db.auditEvent.findMany({ where: { action: "invite.redeem_failed", detail: { path: ["reason"], equals: "rate_limited" } } });
    expect(refused.map((event) => event.ip)).toEqual(["198.51.100.1", "198.51.100.1"]);
  });

  it("counts an IPv6 client by its /64, so rotating addresses within it does not help", async () => {
    for (let i = 0; i < GUESSES_PER_IP.limit; i++) await guess(`2001:db8:77:1:${(i + 1).toString(16)}::1`);
    expect(await guess("2001:db8:77:1:ffff:ffff:ffff:ffff")).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect(await guess("2001:db8:77:2::1")).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("opens again when the 15-minute window ends", async () => {
    await guessTimes("198.51.100.3", GUESSES_PER_IP.limit);
    setClockForTests(at(14.9));
    expect(await guess("198.51.100.3")).toMatchObject({ ok: false, error: { code: "rate_limited", retryAfter: 6 } });
    setClockForTests(at(15));
    expect(await guess("198.51.100.3")).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("can be reset for one client", async () => {
    await guessTimes("198.51.100.4", GUESSES_PER_IP.limit);
    await clearGuesses("198.51.100.4");
    expect(await guess("198.51.100.4")).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("does not count typos caught by the check symbol, nor codes that exist", async () => {
    const invite = await makeInvite({ maxUses: 1 });
    await redeemInvite({ ...redeemRequest(invite.code, "first"), ip: "198.51.100.5" });
    const code = generateCode();
    const typo = code.slice(0, -1) + (code.at(-1) === "0" ? "1" : "0");
    for (let i = 0; i < 30; i++) {
      expect(await redeemInvite({ ...redeemRequest(typo, "typist"), ip: "198.51.100.5" })).toMatchObject({ error: { code: "typo" } });
      expect(await previewInvite(invite.code, "198.51.100.5")).toMatchObject({ status: "exhausted" });
    }
    expect(await guess("198.51.100.5")).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await db.rateLimit.findMany({ where: { key: { contains: "198.51.100.5" } }, select: { count: true } })).toEqual([{ count: 1 }]);
  });

  it("is shared by the invite page's preview and the redeem paths", async () => {
    for (let i = 0; i < GUESSES_PER_IP.limit; i++) expect(await previewInvite(generateCode(), "198.51.100.6")).toEqual({ status: "invalid" });
    expect(await previewInvite(generateCode(), "198.51.100.6")).toMatchObject({ status: "rate_limited", retryAfter: 14 * 60 });
    expect(await guess("198.51.100.6")).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  });

  it("records each failure with its reason and IP, never the code", async () => {
    const code = generateCode();
    await redeemInvite({ ...redeemRequest(code, "guesser"), ip: "198.51.100.7" });
    const events = await db.auditEvent.findMany({ where: { action: "invite.redeem_failed" } });
    expect(events).toMatchObject([{ ip: "198.51.100.7", detail: { reason: "invalid" } }]);
    expect(JSON.stringify(events)).not.toContain(code);
    expect(JSON.stringify(events)).not.toContain(code.slice(4));
  });

  it("holds across two processes guessing at once from the same IP", async () => {
    setClockForTests(undefined);
    const run = () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/guess-worker.ts", "203.0.113.77", "15"], {
          env: { ...process.env, DB_POOL_SIZE: "2" },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`worker exited ${code}`))));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect((a.invalid ?? 0) + (b.invalid ?? 0)).toBe(GUESSES_PER_IP.limit);
    expect((a.rate_limited ?? 0) + (b.rate_limited ?? 0)).toBe(30 - GUESSES_PER_IP.limit);
  });
});

describe("global guess-flood guard", () => {
  it("writes one audit alert per window and slows every invalid attempt past the threshold", async () => {
    setClockForTests(at(2));
    await db.rateLimit.create({ data: { key: "code-guess:all", windowStart: at(2), count: GUESS_FLOOD.limit - 1 } });
    expect(await recordInvalidGuess("192.0.2.1")).toEqual({ delayedMs: 0 });
    expect(await recordInvalidGuess("192.0.2.2")).toEqual({ delayedMs: expect.any(Number) });
    expect(await guess("192.0.2.3")).toMatchObject({ ok: false, error: { code: "invalid" } });
    const alerts = await db.auditEvent.findMany({ where: { action: "security.guess_flood" } });
    expect(alerts).toMatchObject([{ ip: "192.0.2.2", detail: { threshold: GUESS_FLOOD.limit } }]);
    expect((await recordInvalidGuess("192.0.2.4")).delayedMs).toBeGreaterThan(0);

    setClockForTests(at(3));
    expect(await recordInvalidGuess("192.0.2.5")).toEqual({ delayedMs: 0 });
  });
});
