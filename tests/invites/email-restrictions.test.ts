import { beforeEach, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { domainAllowed } from "@/lib/invites/email-restrictions";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { REDEEM_STATEMENT, redeemStatementParams } from "@/lib/invites/redeem-statement";
import { makeInvite, PASSWORD, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

describe("e-mail bound and domain-restricted invites", () => {
  it("a bound invite is redeemed only with its address; another gets email_mismatch and the use stays", async () => {
    const invite = await makeInvite();
    await db.invite.update({ where: { id: invite.id }, data: { boundEmail: "ada@example.com" } });
    expect(await redeemInvite({ ...redeemRequest(invite.code, "eve"), email: "eve@example.com" })).toMatchObject({ ok: false, error: { code: "email_mismatch" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    expect(await redeemInvite({ ...redeemRequest(invite.code, "ada"), email: "ADA@example.com" })).toMatchObject({ ok: true, data: { user: { email: "ada@example.com" } } });
  });

  it("allowed domains: exact domains and *.subdomains; others get email_not_allowed", async () => {
    const invite = await makeInvite({ maxUses: 10 });
    await db.invite.update({ where: { id: invite.id }, data: { allowedDomains: ["example.com", "*.example.org"] } });
    expect(await redeemInvite({ ...redeemRequest(invite.code, "a"), email: "a@example.com" })).toMatchObject({ ok: true });
    expect(await redeemInvite({ ...redeemRequest(invite.code, "b"), email: "b@eu.example.org" })).toMatchObject({ ok: true });
    for (const email of ["c@example.org", "d@notexample.com", "e@example.com.evil.test", "f@sub.example.com"]) {
      expect(await redeemInvite({ ...redeemRequest(invite.code, "x"), email }), email).toMatchObject({ ok: false, error: { code: "email_not_allowed" } });
    }
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(2);
  });

  it("the redemption statement itself refuses a mismatched address (the guard, not only the pre-check)", async () => {
    const invite = await makeInvite();
    await db.invite.update({ where: { id: invite.id }, data: { boundEmail: "ada@example.com", allowedDomains: [] } });
    const params = redeemStatementParams({ inviteId: invite.id, now: new Date(), email: "eve@example.com", name: "Eve", passwordHash: "x", ip: null, userAgent: null });
    expect(await db.$queryRawUnsafe<unknown[]>(REDEEM_STATEMENT, ...params)).toHaveLength(0);
    await db.invite.update({ where: { id: invite.id }, data: { boundEmail: null, allowedDomains: ["*.example.org"] } });
    expect(await db.$queryRawUnsafe<unknown[]>(REDEEM_STATEMENT, ...params)).toHaveLength(0);
    expect(await db.user.count({ where: { email: "eve@example.com" } })).toBe(0);
  });

  it("matches domains the same way in code as in SQL", () => {
    expect(domainAllowed("a@x.example.org", ["*.example.org"])).toBe(true);
    expect(domainAllowed("a@example.org", ["*.example.org"])).toBe(false);
    expect(domainAllowed("a@anything.test", [])).toBe(true);
  });

  it("an invite that needs approval creates a pending account that cannot sign in", async () => {
    const invite = await makeInvite();
    await db.invite.update({ where: { id: invite.id }, data: { needsApproval: true } });
    const request = redeemRequest(invite.code, "pending");
    const redeemed = await redeemInvite(request);
    expect(redeemed).toMatchObject({ ok: true, data: { user: { pendingApproval: true } } });
    expect(await signInWithPassword({ email: request.email, password: PASSWORD, ip: "127.0.0.9" })).toMatchObject({ ok: false, error: { code: "pending_approval" } });
  });
});
