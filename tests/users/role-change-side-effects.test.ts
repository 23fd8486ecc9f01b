import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSession } from "@/lib/sessions/create-session";
import { findLiveSession } from "@/lib/sessions/find-live-session";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const open = (userId: string) => createSession({ userId, ip: "10.0.0.1", userAgent: "vitest" });

describe("demoting and disabling", () => {
  it("a demotion revokes only the live invites above the new ceiling, and ends the user's sessions", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const lead = await makeUser("ADMIN", "lead");
    const session = await open(lead.id);
    const above = await Promise.all((["ADMIN", "OPS"] as const).map((role) => makeInvite({ role, createdById: lead.id })));
    const within = await Promise.all((["EDITOR", "MEMBER"] as const).map((role) => makeInvite({ role, createdById: lead.id })));
    const expired = await makeInvite({ role: "ADMIN", createdById: lead.id, hours: -1 });

    expect(await changeUserRole({ id: lead.id, role: "EDITOR", actor: admin })).toMatchObject({ ok: true });
    for (const invite of above) expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).revokedAt).not.toBeNull();
    for (const invite of [...within, expired]) expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).revokedAt).toBeNull();
    expect(await findLiveSession({ sessionId: session.id, userId: lead.id })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.role_change", target: lead.id } });
    expect(event.detail).toMatchObject({ from: "ADMIN", to: "EDITOR", invitesRevoked: 2 });
  });

  it("disabling revokes all the user's live invites and ends their sessions; enabling again revives neither", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    const sessions = await Promise.all([open(editor.id), open(editor.id)]);
    const invites = await Promise.all([makeInvite({ createdById: editor.id }), makeInvite({ role: "EDITOR", createdById: editor.id })]);

    expect(await setUserDisabled({ id: editor.id, disabled: true, actor: admin })).toMatchObject({ ok: true });
    expect(await setUserDisabled({ id: editor.id, disabled: false, actor: admin })).toMatchObject({ ok: true });
    for (const session of sessions) expect(await findLiveSession({ sessionId: session.id, userId: editor.id })).toBeNull();
    for (const invite of invites) {
      expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ revokedById: admin.id, revokeReason: expect.stringContaining("disabled") });
    }
    // A session opened after re-enabling works.
    const fresh = await open(editor.id);
    expect(await findLiveSession({ sessionId: fresh.id, userId: editor.id })).toMatchObject({ user: { id: editor.id } });
  });

  it("each invite a demotion or a disabling revokes is an invite.revoked webhook event, like a revocation by hand", async () => {
    const admin = await makeUser("ADMIN", "admin");
    expect(await createWebhookEndpoint({ url: "https://hooks.example.test/in", events: ["invite.revoked"], description: "revocations" }, admin)).toMatchObject({ ok: true });
    const lead = await makeUser("ADMIN", "lead");
    const above = { ...(await makeInvite({ role: "OPS", createdById: lead.id })), role: "OPS" };
    const editor = await makeUser("EDITOR", "editor");
    const handedOut = [
      { ...(await makeInvite({ createdById: editor.id })), role: "MEMBER" },
      { ...(await makeInvite({ role: "EDITOR", createdById: editor.id })), role: "EDITOR" },
    ];

    expect(await changeUserRole({ id: lead.id, role: "EDITOR", actor: admin })).toMatchObject({ ok: true });
    expect(await setUserDisabled({ id: editor.id, disabled: true, actor: admin })).toMatchObject({ ok: true });

    const events = await db.webhookEvent.findMany({ where: { type: "invite.revoked" } });
    expect(events.map((event) => event.payload).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      [above, ...handedOut]
        .map((invite) => ({ invite: { id: invite.id, role: invite.role }, revokedById: admin.id, reason: expect.any(String) }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });
});
