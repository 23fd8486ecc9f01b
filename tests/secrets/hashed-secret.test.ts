import { describe, expect, it } from "vitest";
import { hashSecret, matchesHash, secretMatches } from "@/lib/secrets/hashed-secret";

describe("hashed secrets", () => {
  it("stores a 32-byte sha256 digest, never the secret", () => {
    const digest = hashSecret("sk_example");
    expect(digest).toHaveLength(32);
    expect(digest.toString("hex")).toBe("2408e9af1eb560a89e91ab5aca980fe0d50583214de6afc73b0bb9eceaecd844");
    expect(digest.includes(Buffer.from("sk_example"))).toBe(false);
  });

  it("matches only the same digest, and never a missing or shorter stored value", () => {
    const digest = hashSecret("code");
    expect(matchesHash(new Uint8Array(digest), hashSecret("code"))).toBe(true);
    expect(matchesHash(new Uint8Array(digest), hashSecret("Code"))).toBe(false);
    expect(matchesHash(null, digest)).toBe(false);
    expect(matchesHash(digest.subarray(0, 16), digest)).toBe(false);
  });

  it("compares a presented secret with the configured one", () => {
    expect(secretMatches("token", "token")).toBe(true);
    expect(secretMatches("token", "tokem")).toBe(false);
    expect(secretMatches("", "token")).toBe(false);
  });
});
