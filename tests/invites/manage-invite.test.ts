import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { extendInvite, revokeInvite, unrevokeInvite } from "@/lib/invites/manage-invite";
import { changeUserRole } from "@/lib/users/change-user-role";
import { HOUR, makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const DAY = 24 * HOUR;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

describe("changes to an invite obey the policy at the time of the change", () => {
  it("a demoted admin cannot revive or extend the ADMIN invite they created (the demotion revoked it)", async () => {
    const creator = await makeUser("ADMIN", "creator");
    const other = await makeUser("ADMIN", "other");
    const invite = await makeInvite({ role: "ADMIN", createdById: creator.id });

    expect(await changeUserRole({ id: creator.id, role: "EDITOR", actor: other })).toMatchObject({ ok: true });
    const revoked = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(revoked).toMatchObject({ revokedById: other.id, revokeReason: expect.stringContaining("new role") });
    expect(await db.auditEvent.count({ where: { action: "invite.revoke", target: invite.id } })).toBe(1);

    // The demoted person, with a request made as they are now.
    const demoted = { id: creator.id, role: "EDITOR" as const };
    expect(await unrevokeInvite({ id: invite.id, actor: demoted })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await extendInvite({ id: invite.id, actor: demoted, expiresAt: inDays(30) })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ revokedAt: revoked.revokedAt, expiresAt: revoked.expiresAt });
  });

  it("an EDITOR cannot undo an admin's revocation of their own invite, but can undo their own", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    const leaked = await makeInvite({ role: "MEMBER", createdById: editor.id });
    await revokeInvite({ id: leaked.id, actor: admin, reason: "leaked" });
    expect(await unrevokeInvite({ id: leaked.id, actor: editor })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: leaked.id } })).revokeReason).toBe("leaked");

    const mine = await makeInvite({ role: "MEMBER", createdById: editor.id });
    expect(await revokeInvite({ id: mine.id, actor: editor })).toMatchObject({ ok: true });
    expect(await unrevokeInvite({ id: mine.id, actor: editor })).toMatchObject({ ok: true, data: { revokedAt: null } });
    expect(await unrevokeInvite({ id: leaked.id, actor: admin })).toMatchObject({ ok: true });
  });

  it("an EDITOR cannot touch a colleague's invite: it does not exist for them", async () => {
    const editor = await makeUser("EDITOR", "editor");
    const colleague = await makeUser("EDITOR", "colleague");
    const theirs = await makeInvite({ createdById: colleague.id });
    expect(await revokeInvite({ id: theirs.id, actor: editor })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await extendInvite({ id: theirs.id, actor: editor, expiresAt: inDays(3) })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();
  });

  it("bounds a new expiry to INVITE_MAX_DAYS (365 by default)", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const invite = await makeInvite({ createdById: admin.id });
    expect(await extendInvite({ id: invite.id, actor: admin, expiresAt: inDays(366) })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { expiresAt: "An invite may expire at most 365 days ahead." } },
    });
    expect(await extendInvite({ id: invite.id, actor: admin, expiresAt: inDays(364) })).toMatchObject({ ok: true });
  });
});
