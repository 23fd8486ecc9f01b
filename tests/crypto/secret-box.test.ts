import { describe, expect, it } from "vitest";
import { seal, unseal } from "@/lib/crypto/secret-box";

describe("sealed secrets (AES-256-GCM, a key per purpose derived from NEXTAUTH_SECRET)", () => {
  it("opens what it sealed, for the same purpose and row only", () => {
    const sealed = seal("mail-payload", "CODE-1234", "row-1");
    expect(Buffer.from(sealed).toString("latin1")).not.toContain("CODE-1234");
    expect(unseal("mail-payload", sealed, "row-1")).toBe("CODE-1234");
    expect(() => unseal("webhook-secret", sealed, "row-1")).toThrow();
    expect(() => unseal("mail-payload", sealed, "row-2")).toThrow();
  });

  it("refuses a tampered value, and seals the same text differently each time", () => {
    const sealed = seal("webhook-secret", "whsec_abc", "endpoint");
    const tampered = new Uint8Array(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => unseal("webhook-secret", tampered, "endpoint")).toThrow();
    expect(Buffer.from(seal("webhook-secret", "whsec_abc", "endpoint")).equals(Buffer.from(sealed))).toBe(false);
  });
});
