import { describe, expect, it } from "vitest";
import { settingsFormSchema } from "@/lib/validation/settings";

describe("the settings page's sections", () => {
  it("turn form fields into the settings they stand for", () => {
    expect(settingsFormSchema.parse({ section: "pause", redemptionsPaused: "on", pauseMessage: "  Back soon.  " })).toEqual({ redemptionsPaused: true, pauseMessage: "Back soon." });
    expect(settingsFormSchema.parse({ section: "pause", pauseMessage: " " })).toEqual({ redemptionsPaused: false, pauseMessage: null });
    expect(settingsFormSchema.parse({ section: "ssoSignup", ssoSignupDomains: "" })).toEqual({ ssoSignupDomains: [] });
    expect(settingsFormSchema.parse({ section: "memberInvites", memberInvitesForMembers: "on", memberInviteQuota: "3", memberInviteMinAccountDays: "0" })).toEqual({
      memberInvitesForMembers: true,
      memberInvitesForEditors: false,
      memberInviteQuota: 3,
      memberInviteMinAccountDays: 0,
    });
    expect(settingsFormSchema.parse({ section: "ssoSignup", ssoSignupDomains: "Example.com\n*.corp.example.org, other.test" })).toEqual({
      ssoSignupDomains: ["example.com", "*.corp.example.org", "other.test"],
    });
  });

  it("name what is wrong, with the same rules as the settings themselves", () => {
    const quota = settingsFormSchema.safeParse({ section: "memberInvites", memberInviteQuota: "5000", memberInviteMinAccountDays: "1" });
    expect(quota.success ? [] : quota.error.issues.map((issue) => issue.message)).toEqual(["The quota is at most 1000 invites per 30 days."]);
    const domain = settingsFormSchema.safeParse({ section: "ssoSignup", ssoSignupDomains: "not a domain" });
    expect(domain.success).toBe(false);
    expect(settingsFormSchema.safeParse({ section: "unknown" }).success).toBe(false);
  });
});
