import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { permissionsDocument } from "@/lib/auth/permissions-doc";
import {
  can,
  decideInviteChange,
  grantableRoles,
  homeFor,
  mayAssignRole,
  reachOf,
  ROLES,
  rolesWith,
  type InviteFacts,
} from "@/lib/auth/policy";

const admin = { id: "a0000000-0000-4000-8000-000000000001", role: "ADMIN" as const };
const otherAdmin = { id: "a0000000-0000-4000-8000-000000000002", role: "ADMIN" as const };
const editor = { id: "e0000000-0000-4000-8000-000000000001", role: "EDITOR" as const };
const ops = { id: "o0000000-0000-4000-8000-000000000001", role: "OPS" as const };
const member = { id: "m0000000-0000-4000-8000-000000000001", role: "MEMBER" as const };

const invite = (facts: Partial<InviteFacts>): InviteFacts => ({ role: "MEMBER", createdById: editor.id, revokedAt: null, revokedById: null, ...facts });

describe("the permission table", () => {
  it("matches DESIGN's table for the dashboard roles", () => {
    expect(rolesWith("invites.read")).toEqual(["ADMIN", "EDITOR", "OPS"]);
    expect(rolesWith("invites.create")).toEqual(["ADMIN", "EDITOR"]);
    expect(rolesWith("users.read")).toEqual(["ADMIN", "OPS"]);
    expect(rolesWith("users.manage")).toEqual(["ADMIN"]);
    expect(rolesWith("stats.read")).toEqual(["ADMIN", "OPS"]);
    expect(rolesWith("api-keys.manage")).toEqual(["ADMIN"]);
    expect(rolesWith("account.manage")).toEqual([...ROLES]);
    expect(can(null, "account.manage")).toBe(false);
  });

  it("gives an EDITOR only their own invites, and everyone else who reads invites all of them", () => {
    expect(reachOf(editor, "invites.read")).toEqual({ all: false, ownerId: editor.id });
    expect(reachOf(ops, "invites.read")).toEqual({ all: true });
    expect(reachOf(member, "invites.read")).toBeNull();
  });

  it("keeps each role under its ceiling", () => {
    expect(grantableRoles(admin)).toEqual(["ADMIN", "EDITOR", "OPS", "MEMBER"]);
    expect(grantableRoles(editor)).toEqual(["EDITOR", "MEMBER"]);
    expect(grantableRoles(ops)).toEqual([]);
    expect(grantableRoles(null)).toEqual([]);
    expect(mayAssignRole(admin, "ADMIN")).toBe(true);
    expect(mayAssignRole(editor, "MEMBER")).toBe(false);
  });

  it("sends each role to its home", () => {
    expect([admin, editor, ops, member].map(homeFor)).toEqual(["/admin", "/admin", "/admin/stats", "/account"]);
  });
});

describe("decideInviteChange", () => {
  it("lets an EDITOR change their own invites within the ceiling, and hides everyone else's", () => {
    for (const change of ["revoke", "extend"] as const) expect(decideInviteChange(editor, invite({}), change)).toEqual({ allowed: true });
    expect(decideInviteChange(editor, invite({ createdById: admin.id }), "revoke")).toMatchObject({ allowed: false, reason: "not_found" });
    expect(decideInviteChange(ops, invite({}), "revoke")).toMatchObject({ allowed: false, reason: "not_found" });
    expect(decideInviteChange(null, invite({}), "revoke")).toMatchObject({ allowed: false });
  });

  it("refuses any change to an invite above the actor's ceiling now, even one they created", () => {
    // An ADMIN invite made while its creator was ADMIN; the creator is an EDITOR now.
    const made = invite({ role: "ADMIN", createdById: editor.id });
    for (const change of ["revoke", "unrevoke", "extend"] as const) {
      expect(decideInviteChange(editor, { ...made, revokedAt: change === "unrevoke" ? new Date() : null, revokedById: editor.id }, change)).toMatchObject({
        allowed: false,
        reason: "forbidden",
      });
    }
  });

  it("lets only an ADMIN undo a revocation made by someone else or by the system", () => {
    const revokedByAdmin = invite({ revokedAt: new Date(), revokedById: admin.id });
    expect(decideInviteChange(editor, revokedByAdmin, "unrevoke")).toMatchObject({ allowed: false, reason: "forbidden" });
    expect(decideInviteChange(editor, invite({ revokedAt: new Date(), revokedById: null }), "unrevoke")).toMatchObject({ allowed: false });
    expect(decideInviteChange(editor, invite({ revokedAt: new Date(), revokedById: editor.id }), "unrevoke")).toEqual({ allowed: true });
    expect(decideInviteChange(otherAdmin, revokedByAdmin, "unrevoke")).toEqual({ allowed: true });
  });

  it("lets the maker of a member invite revoke it, and only revoke it", () => {
    const own = invite({ createdById: member.id, memberQuota: true });
    expect(decideInviteChange(member, own, "revoke")).toEqual({ allowed: true });
    expect(decideInviteChange(member, { ...own, revokedAt: new Date(), revokedById: member.id }, "unrevoke")).toMatchObject({ allowed: false, reason: "not_found" });
    expect(decideInviteChange(member, own, "extend")).toMatchObject({ allowed: false, reason: "not_found" });
    expect(decideInviteChange({ ...member, id: "m0000000-0000-4000-8000-000000000002" }, own, "revoke")).toMatchObject({ allowed: false, reason: "not_found" });
    expect(decideInviteChange(member, invite({ createdById: member.id }), "revoke")).toMatchObject({ allowed: false, reason: "not_found" });
    expect(decideInviteChange(ops, invite({ createdById: ops.id, memberQuota: true }), "revoke")).toMatchObject({ allowed: false, reason: "not_found" });
  });
});

describe("docs/permissions.md", () => {
  it("is what the policy generates (run npm run docs:permissions after changing the policy)", () => {
    expect(readFileSync("docs/permissions.md", "utf8")).toBe(permissionsDocument());
  });
});
