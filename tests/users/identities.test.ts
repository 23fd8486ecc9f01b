import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { redeemInviteWithIdentity } from "@/lib/invites/redeem-invite";
import { findUserByIdentity, linkIdentity, signUpFromDomain, unlinkIdentity } from "@/lib/users/identities";
import { makeInvite, makeUser, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const identity = (subject: string, email = uniqueEmail("sso")) => ({ provider: "oidc", subject, email, emailVerified: true, name: "Sso Person" });

describe("provider identities", () => {
  it("an SSO redemption makes a password-less account with its identity, under the invite's rules", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const invite = await makeInvite({ role: "OPS", createdById: admin.id });
    const made = await redeemInviteWithIdentity({ code: invite.code, email: "Ada@Example.test", name: "Ada", identity: { provider: "oidc", subject: "s-1" }, ip: null, userAgent: null });
    expect(made).toMatchObject({ ok: true, data: { user: { email: "ada@example.test", role: "OPS" } } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" }, include: { identities: true } });
    expect(user).toMatchObject({ passwordHash: null, invitedById: admin.id });
    expect(user.identities).toEqual([expect.objectContaining({ provider: "oidc", subject: "s-1" })]);
    expect(await findUserByIdentity({ provider: "oidc", subject: "s-1" })).toMatchObject({ id: user.id });

    // The same identity cannot make a second account, and nothing of the attempt remains.
    const again = await makeInvite();
    const second = await redeemInviteWithIdentity({ code: again.code, email: "other@example.test", name: "Other", identity: { provider: "oidc", subject: "s-1" }, ip: null, userAgent: null });
    expect(second.ok).toBe(false);
    expect((await db.invite.findUniqueOrThrow({ where: { id: again.id } })).uses).toBe(0);
    expect(await db.user.count({ where: { email: "other@example.test" } })).toBe(0);
  });

  it("links once per provider and account, never to two accounts, and never unlinks the last way in", async () => {
    const member = await makeUser("MEMBER", "member");
    const other = await makeUser("MEMBER", "other");
    expect(await linkIdentity({ actor: member, identity: identity("a") })).toMatchObject({ ok: true });
    expect(await linkIdentity({ actor: member, identity: identity("a") })).toMatchObject({ ok: false, error: { code: "already_linked" } });
    expect(await linkIdentity({ actor: other, identity: identity("a") })).toMatchObject({ ok: false, error: { code: "identity_taken" } });
    expect(await linkIdentity({ actor: member, identity: identity("b") })).toMatchObject({ ok: false, error: { code: "provider_taken" } });

    // With a password the link can go; without one it is the last way to sign in.
    expect(await unlinkIdentity({ actor: member, provider: "oidc" })).toMatchObject({ ok: true });
    expect(await unlinkIdentity({ actor: member, provider: "oidc" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    await linkIdentity({ actor: other, identity: identity("c") });
    await db.user.update({ where: { id: other.id }, data: { passwordHash: null } });
    expect(await unlinkIdentity({ actor: other, provider: "oidc" })).toMatchObject({ ok: false, error: { code: "conflict" } });
    const actions = (await db.auditEvent.findMany({ where: { action: { in: ["auth.identity_link", "auth.identity_unlink"] } } })).map((event) => event.action);
    expect(actions.sort()).toEqual(["auth.identity_link", "auth.identity_link", "auth.identity_unlink"]);
  });

  it("signs up without an invite only for a verified address in a listed domain, and not while paused", async () => {
    expect(await signUpFromDomain({ identity: identity("d1", "x@open.example.test"), ip: null })).toBeNull();
    await db.settings.update({ where: { id: 1 }, data: { ssoSignupDomains: ["open.example.test", "*.corp.example.test"] } });
    expect(await signUpFromDomain({ identity: { ...identity("d2", "y@open.example.test"), emailVerified: false }, ip: null })).toBeNull();
    expect(await signUpFromDomain({ identity: identity("d3", "z@elsewhere.example.test"), ip: null })).toBeNull();
    expect(await signUpFromDomain({ identity: identity("d4", "w@eu.corp.example.test"), ip: null })).toMatchObject({ ok: true, data: { role: "MEMBER" } });
    expect(await signUpFromDomain({ identity: identity("d5", "w@eu.corp.example.test"), ip: null })).toMatchObject({ ok: false, error: { code: "email_taken" } });
    await db.settings.update({ where: { id: 1 }, data: { redemptionsPaused: true } });
    expect(await signUpFromDomain({ identity: identity("d6", "v@open.example.test"), ip: null })).toMatchObject({ ok: false, error: { code: "paused" } });
    expect(await db.auditEvent.count({ where: { action: "auth.sso_sign_up" } })).toBe(1);
  });
});
