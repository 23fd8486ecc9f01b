import { describe, expect, it } from "vitest";
import { resolveExpiry } from "@/lib/invites/resolve-expiry";

describe("resolveExpiry", () => {
  const at = new Date("2026-11-22T10:00:00Z");
  it("counts presets from the given instant and keeps an exact date as it is", () => {
    expect(resolveExpiry({ expiry: "1h" }, at)).toEqual(new Date("2026-11-22T11:00:00Z"));
    expect(resolveExpiry({ expiry: "30d" }, at)).toEqual(new Date("2026-12-22T10:00:00Z"));
    const exact = new Date("2027-01-01T00:00:00Z");
    expect(resolveExpiry({ expiry: "custom", expiresAt: exact }, at)).toEqual(exact);
  });

  it("turns a custom choice without a date into 'now', which callers refuse", () => {
    expect(resolveExpiry({ expiry: "custom" }, at)).toEqual(at);
  });
});

describe("expiry presets in the creator's time zone", () => {
  it("keeps the local time of day across a daylight-saving change", () => {
    // 09:00 in Berlin on Friday 23 October 2026 (CEST, UTC+2); clocks go back on Sunday 25 October.
    const friday = new Date("2026-10-23T07:00:00Z");
    const expiry = resolveExpiry({ expiry: "7d", tz: "Europe/Berlin" }, friday);
    // 09:00 CET (UTC+1) a week later: 169 hours, not 168.
    expect(expiry).toEqual(new Date("2026-10-30T08:00:00Z"));
    expect(resolveExpiry({ expiry: "7d", tz: "UTC" }, friday)).toEqual(new Date("2026-10-30T07:00:00Z"));
  });

  it("counts calendar days forward into summer time too", () => {
    // 18:30 in New York on 5 March 2027 (EST, UTC-5); clocks spring forward on 14 March.
    const at = new Date("2027-03-05T23:30:00Z");
    expect(resolveExpiry({ expiry: "30d", tz: "America/New_York" }, at)).toEqual(new Date("2027-04-04T22:30:00Z"));
    expect(resolveExpiry({ expiry: "1d", tz: "America/New_York" }, at)).toEqual(new Date("2027-03-06T23:30:00Z"));
    expect(resolveExpiry({ expiry: "1h", tz: "America/New_York" }, at)).toEqual(new Date("2027-03-06T00:30:00Z"));
  });
});
