import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { normalizeCode } from "@/lib/invites/codes";
import { createInvites } from "@/lib/invites/create-invites";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { inviteStats } from "@/lib/stats/invite-stats";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { bootstrapFirstAdmin, issueBootstrapInvite } from "@/lib/users/bootstrap-first-admin";
import { announceFirstAdminLink, FIRST_ADMIN_LINK_FILE } from "@/scripts/admin-link";
import { HOUR, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const run = promisify(execFile);
const codeOf = (link: string) => normalizeCode(link.split("/invite/")[1]!);

describe("the first-admin link", () => {
  it("exists only while no administrator does, and a newer one revokes the older unused one", async () => {
    const first = await bootstrapFirstAdmin("http://localhost:3000");
    const second = await issueBootstrapInvite("http://localhost:3000");
    const invites = await db.invite.findMany({ orderBy: { createdAt: "asc" } });
    expect(invites).toHaveLength(2);
    expect(invites[0]).toMatchObject({ role: "ADMIN", revokedAt: expect.any(Date), codeHash: new Uint8Array(hashSecret(codeOf(first!.link))) });
    expect(invites[1]).toMatchObject({ revokedAt: null, codeHash: new Uint8Array(hashSecret(codeOf(second.link))) });
    await makeUser("ADMIN");
    expect(await bootstrapFirstAdmin("http://localhost:3000")).toBeNull();
  });

  it("is marked as the bootstrap invite and left out of the dashboard's counts, used or not", async () => {
    const link = await issueBootstrapInvite("http://localhost:3000");
    expect(await db.invite.findFirstOrThrow()).toMatchObject({ bootstrap: true, role: "ADMIN" });
    expect(await inviteStats()).toMatchObject({ total: 0, active: 0, exhausted: 0 });
    const redeemed = await redeemInvite(redeemRequest(codeOf(link.link), "first-admin"));
    expect(redeemed.ok).toBe(true);
    expect(await inviteStats()).toMatchObject({ total: 0, active: 0, exhausted: 0 });
    const creator = await makeUser("ADMIN", "creator");
    await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + HOUR), count: 2, createdById: creator.id });
    expect(await inviteStats()).toMatchObject({ total: 2, active: 2, exhausted: 0 });
  });

  it("is never written to a log: off a terminal it goes to a file only its owner can read", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "invites-link-"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const link = { link: "http://localhost:3000/invite/SECRETSECRETSECRETSECRETSEC", expiresAt: new Date() };
    try {
      await announceFirstAdminLink(link, dir);
      const printed = log.mock.calls.flat().join("\n");
      expect(printed).not.toContain(link.link);
      const file = path.join(dir, FIRST_ADMIN_LINK_FILE);
      expect(printed).toContain(file);
      expect(readFileSync(file, "utf8").trim()).toBe(link.link);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      log.mockRestore();
    }
  });

  it("npm run admin:invite prints a fresh one-time ADMIN link as its last line", async () => {
    const older = await issueBootstrapInvite("http://localhost:3000");
    const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/admin-invite.ts"], {
      env: { ...process.env, NEXTAUTH_URL: "http://localhost:4321" },
    });
    const last = stdout.trim().split("\n").at(-1)!;
    expect(last).toMatch(/^http:\/\/localhost:4321\/invite\/[0-9A-Z]{27}$/);
    const fresh = await db.invite.findUniqueOrThrow({ where: { codeHash: new Uint8Array(hashSecret(codeOf(last))) } });
    expect(fresh).toMatchObject({ role: "ADMIN", maxUses: 1, revokedAt: null });
    const revoked = await db.invite.findUniqueOrThrow({ where: { codeHash: new Uint8Array(hashSecret(codeOf(older.link))) } });
    expect(revoked.revokedAt).not.toBeNull();
  });
});
