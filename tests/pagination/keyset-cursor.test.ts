import { describe, expect, it } from "vitest";
import { CURSOR_MESSAGE, cursorSchema, decodeCursor, encodeCursor, keysetPage, keysetPages } from "@/lib/pagination/keyset-cursor";
import { listInvitesSchema } from "@/lib/validation/invites";

const ID = "0b7a1f4e-9c1d-4c5e-8f7a-2d3b4c5d6e7f";
const rows = (n: number, start = 0) =>
  Array.from({ length: n }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(start + i).padStart(12, "0")}`, at: new Date(Date.UTC(2026, 0, 1 + start + i)) }));

describe("keyset cursor", () => {
  it("round-trips a timestamp and an id", () => {
    const at = new Date("2026-11-23T10:00:00.123Z");
    expect(decodeCursor(encodeCursor(at, ID))).toEqual({ value: at, id: ID });
    expect(cursorSchema.safeParse(encodeCursor(at, ID)).success).toBe(true);
  });

  it.each(["tampered", "", "%%%", btoa("not-a-date|" + ID), btoa(`2026-01-01T00:00:00.000Z|nope`), btoa(`2026-01-01T00:00:00.000Z|${ID}|x`), "a".repeat(201)])(
    "refuses %j in the list schemas with a field message",
    (cursor) => {
      const parsed = listInvitesSchema.safeParse({ cursor });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["cursor"], message: CURSOR_MESSAGE });
    },
  );

  it("throws inside the server when a cursor that never passed a schema does not decode", () => {
    expect(() => decodeCursor("tampered")).toThrow(/does not decode/);
  });

  it("pages with a next cursor only while more rows follow", () => {
    const first = keysetPage(rows(3), { limit: 2, key: (row) => row.at, direction: "asc" });
    expect(first.page).toHaveLength(2);
    expect(decodeCursor(first.nextCursor!)).toEqual({ value: rows(2)[1]!.at, id: rows(2)[1]!.id });
    expect(keysetPage(rows(2), { limit: 2, key: (row) => row.at, direction: "asc" }).nextCursor).toBeNull();
  });

  it("throws instead of looping when a page does not move past its cursor", () => {
    const [, second] = rows(2);
    const after = { value: second!.at, id: second!.id };
    expect(() => keysetPage(rows(3), { limit: 2, key: (row) => row.at, direction: "asc", after })).toThrow(/no progress/);
    expect(() => keysetPage(rows(3), { limit: 2, key: (row) => row.at, direction: "desc", after: { value: new Date(0), id: ID } })).toThrow(/no progress/);
  });

  it("walks every row once across pages, and stops a fetch that ignores the cursor", async () => {
    const all = rows(7);
    const walked = [];
    const pages = keysetPages(async (after, take) => all.filter((row) => !after || row.at > after.value).slice(0, take), {
      pageSize: 3,
      key: (row) => row.at,
      direction: "asc",
    });
    for await (const page of pages) walked.push(...page);
    expect(walked).toEqual(all);

    const stuck = keysetPages(async (_after, take) => all.slice(0, take), { pageSize: 3, key: (row) => row.at, direction: "asc" });
    await expect(async () => {
      for await (const page of stuck) expect(page).toHaveLength(3);
    }).rejects.toThrow(/no progress/);
  });
});
