import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import { listAuditEventsSchema } from "@/lib/validation/audit";
import { signInSchema } from "@/lib/validation/auth";
import { nameSchema } from "@/lib/validation/fields";
import { createInvitesSchema, listInvitesSchema, revokeInviteSchema } from "@/lib/validation/invites";
import { BIDI_MESSAGE, CONTROL_MESSAGE, LINE_BREAK_MESSAGE, plainText, textProblem } from "@/lib/validation/text";
import { listUsersSchema } from "@/lib/validation/users";

const ID = "0b7a1f4e-9c1d-4c5e-8f7a-2d3b4c5d6e7f";

/** Every free-text field people can fill in, with a valid object around it. */
const FIELDS: [string, z.ZodType, (value: string) => unknown, string][] = [
  ["a person's name", z.object({ name: nameSchema }), (name) => ({ name }), "name"],
  ["an API key's name", createApiKeySchema, (name) => ({ name, scopes: ["stats:read"] }), "name"],
  ["an invite's note", createInvitesSchema, (note) => ({ role: "MEMBER", maxUses: 1, expiresAt: "2026-12-01T00:00:00Z", note }), "note"],
  ["a revoke reason", revokeInviteSchema, (reason) => ({ id: ID, reason }), "reason"],
  ["the invite search", listInvitesSchema, (q) => ({ q }), "q"],
  ["the user search", listUsersSchema, (q) => ({ q }), "q"],
  ["the audit log's actor filter", listAuditEventsSchema, (actor) => ({ actor }), "actor"],
  ["the sign-in e-mail", signInSchema, (email) => ({ email, password: "x" }), "email"],
];

describe("the shared free-text rule", () => {
  it.each(FIELDS)("%s refuses NUL and other C0 controls with a field error", (_what, schema, wrap, field) => {
    for (const bad of ["a\u0000b", "a\u0007", "\u001bx", "a\u007fb"]) {
      const parsed = schema.safeParse(wrap(bad));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues).toContainEqual(expect.objectContaining({ path: [field], message: CONTROL_MESSAGE }));
    }
    expect(schema.safeParse(wrap("Fine text, ünïcødé 名前")).success).toBe(true);
  });

  it.each(FIELDS)("%s is a single line: tab, CR and LF are refused", (_what, schema, wrap, field) => {
    for (const bad of ["a\tb", "a\nb", "/admin\r\nSet-Cookie: x=1"]) {
      const parsed = schema.safeParse(wrap(bad));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues).toContainEqual(expect.objectContaining({ path: [field], message: LINE_BREAK_MESSAGE }));
    }
  });

  it("names refuse bidi embedding, override and isolate controls", () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const name = `evil${String.fromCodePoint(code)}gpj.exe`;
      expect(nameSchema.safeParse(name).error?.issues[0]?.message).toBe(BIDI_MESSAGE);
      expect(createApiKeySchema.safeParse({ name, scopes: ["stats:read"] }).success).toBe(false);
    }
    expect(nameSchema.safeParse("سارا").success).toBe(true);
  });

  it("a multi-line field keeps tab and line breaks but still refuses NUL", () => {
    const multiline = plainText(z.string(), "multiline");
    expect(multiline.safeParse("line one\n\tline two\r\n").success).toBe(true);
    expect(multiline.safeParse("a\u0000").success).toBe(false);
    expect(textProblem("\u202e", "multiline")).toBeNull();
  });
});
