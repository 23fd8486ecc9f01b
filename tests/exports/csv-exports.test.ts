import { beforeEach, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { csvCell, csvLine } from "@/lib/exports/csv";
import { csvStream, type CsvPages } from "@/lib/exports/csv-response";
import { AUDIT_COLUMNS, exportAudit } from "@/lib/exports/export-audit";
import { exportInvites, INVITE_COLUMNS } from "@/lib/exports/export-invites";
import { exportRedemptions, REDEMPTION_COLUMNS } from "@/lib/exports/export-redemptions";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { HOUR, makeInvite, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

async function readCsv(header: readonly string[], pages: CsvPages): Promise<string> {
  return new Response(csvStream(header, pages)).text();
}

beforeEach(resetDatabase);

describe("csvCell", () => {
  it("quotes every cell, doubles quotes, and defuses formulas one way", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell(-3)).toBe('"-3"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(new Date("2026-01-02T03:04:05.000Z"))).toBe('"2026-01-02T03:04:05.000Z"');
    expect(csvLine(["a", 1, undefined])).toBe('"a","1",""\r\n');
  });
});

describe("exports", () => {
  it("exports invites with the list's filters and never a code", async () => {
    const admin = await makeUser("ADMIN", "export-admin");
    const kept = await makeInvite({ role: "EDITOR", note: "=cmd|' /C calc'!A0", createdById: admin.id });
    const other = await makeInvite({ role: "MEMBER", note: "other" });
    const csv = await readCsv(INVITE_COLUMNS, exportInvites({ role: "EDITOR" }, { id: admin.id, role: "ADMIN" }));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(kept.id);
    expect(lines[1]).toContain(`'=cmd|' /C calc'!A0`);
    expect(lines[1]).toContain(admin.email);
    expect(csv).not.toContain(other.id);
    expect(csv).not.toContain(kept.code);
  });

  it("exports the used_by trail within a time range and batch", async () => {
    const invite = await makeInvite({ maxUses: 3, note: "spring batch" });
    const first = await redeemInvite(redeemRequest(invite.code, "ivan"));
    const second = await redeemInvite(redeemRequest(invite.code, "judy"));
    if (!first.ok || !second.ok) throw new Error("redeem failed");
    const { batchId } = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    const csv = await readCsv(
      REDEMPTION_COLUMNS,
      exportRedemptions({ from: new Date(now().getTime() - HOUR).toISOString(), to: new Date(now().getTime() + HOUR).toISOString(), batchId: batchId! }),
    );
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(csvLine(REDEMPTION_COLUMNS).trimEnd());
    expect(lines.slice(1).map((line) => line.split(",")[1])).toEqual([`"${first.data.user.email}"`, `"${second.data.user.email}"`]);
    expect(lines[1]).toContain("spring batch");
    const empty = await readCsv(REDEMPTION_COLUMNS, exportRedemptions({ to: new Date(now().getTime() - HOUR).toISOString() }));
    expect(empty).toBe(csvLine(REDEMPTION_COLUMNS));
  });

  it("exports the audit log filtered by action", async () => {
    const invite = await makeInvite();
    await redeemInvite(redeemRequest(invite.code, "kim"));
    await redeemInvite(redeemRequest(invite.code, "leo"));
    const csv = await readCsv(AUDIT_COLUMNS, exportAudit({ action: "invite.redeem_failed" }));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("invite.redeem_failed");
    expect(lines[1]).toContain('""reason"":""exhausted""');
  });
});
