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
