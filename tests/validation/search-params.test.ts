import { describe, expect, it } from "vitest";
import { filledParams } from "@/lib/validation/search-params";

describe("filledParams", () => {
  it("drops empty filters and keeps the first of repeated keys", () => {
    expect(filledParams({ q: "", state: "active", role: ["EDITOR", "ADMIN"], sort: undefined, note: "  " })).toEqual({
      state: "active",
      role: "EDITOR",
    });
  });
});
