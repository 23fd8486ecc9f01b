import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";
import { settingsChangeSchema } from "@/lib/validation/settings";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

describe("settings", () => {
  it("starts with everything off and changes only what is given, with one audit event naming old and new values", async () => {
    const admin = await makeUser("ADMIN", "admin");
    expect(await getSettings()).toMatchObject({ requestsEnabled: false, redemptionsPaused: false, mailsPerAddressPerDay: 3, ssoSignupDomains: [] });

    const result = await updateSettings({ actor: admin, change: { redemptionsPaused: true, pauseMessage: "Back on Monday", mailsPerAddressPerDay: 3 } });
    expect(result).toMatchObject({ ok: true, data: { redemptionsPaused: true, pauseMessage: "Back on Monday", requestsEnabled: false } });
    const events = await db.auditEvent.findMany({ where: { action: "settings.update" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toEqual({ redemptionsPaused: { from: false, to: true }, pauseMessage: { from: null, to: "Back on Monday" } });
    expect((await getSettings()).updatedById).toBe(admin.id);
  });

  it("writes no audit event when nothing changes", async () => {
    const admin = await makeUser("ADMIN", "admin");
    expect((await updateSettings({ actor: admin, change: { requestsEnabled: false } })).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "settings.update" } })).toBe(0);
  });

  it("refuses everyone but administrators", async () => {
    for (const role of ["EDITOR", "OPS", "MEMBER"] as const) {
      const user = await makeUser(role, role.toLowerCase());
      expect(await updateSettings({ actor: user, change: { redemptionsPaused: true } })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect((await getSettings()).redemptionsPaused).toBe(false);
  });

  it("validates domains and bounds, and rejects unknown settings", () => {
    expect(settingsChangeSchema.parse({ ssoSignupDomains: [" Example.COM ", "*.example.org"] })).toEqual({ ssoSignupDomains: ["example.com", "*.example.org"] });
    expect(settingsChangeSchema.safeParse({ ssoSignupDomains: ["not a domain"] }).success).toBe(false);
    expect(settingsChangeSchema.safeParse({ mailsPerAddressPerDay: 0 }).success).toBe(false);
    expect(settingsChangeSchema.safeParse({ somethingElse: true }).success).toBe(false);
  });
});
