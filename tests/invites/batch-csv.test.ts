import { describe, expect, it } from "vitest";
import { batchCsv } from "@/lib/invites/batch-csv";

describe("batchCsv", () => {
  it("writes a header and one row per code, every cell quoted, with the expiry in UTC", () => {
    const csv = batchCsv(
      { role: "EDITOR", maxUses: 2, expiresAt: new Date("2026-12-01T10:00:00Z"), note: 'team "alpha", wave 1' },
      [{ display: "AAAAA-BBBBB", prefix: "AAAA", link: "http://localhost/invite/AAAAABBBBB" }],
    );
    expect(csv.split("\r\n")).toEqual([
      '"code","link","prefix","role","max_uses","expires_at_utc","note"',
      '"AAAAA-BBBBB","http://localhost/invite/AAAAABBBBB","AAAA","EDITOR","2","2026-12-01T10:00:00.000Z","team ""alpha"", wave 1"',
      "",
    ]);
  });

  it("keeps a note that looks like a formula as text", () => {
    const csv = batchCsv({ role: "MEMBER", maxUses: 1, expiresAt: "2026-12-01T10:00:00Z", note: "=HYPERLINK(\"x\")" }, [
      { display: "C", prefix: "C", link: "L" },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
