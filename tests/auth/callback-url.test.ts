import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

const ORIGIN = "http://localhost:3000";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackUrl("/admin/invites?state=active#top", ORIGIN)).toBe("/admin/invites?state=active#top");
    expect(safeCallbackUrl("/account", ORIGIN)).toBe("/account");
  });

  it("refuses everything a browser could read as another host or scheme", () => {
    const hostile = [
      "/\t/evil.example/x", // %2F%09%2F…: the browser drops the tab and reads //evil.example
      "/\r\n/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "//evil.example/x",
      "https://evil.example/",
      "javascript:alert(1)",
      " /admin",
      "admin",
      `/${"a".repeat(2_100)}`,
    ];
    for (const url of hostile) expect(safeCallbackUrl(url, ORIGIN), JSON.stringify(url)).toBeNull();
    expect(safeCallbackUrl(undefined, ORIGIN)).toBeNull();
  });
});

describe("the sign-in form's callbackUrl", () => {
  it("accepts CR/LF and other control characters in the field, so that sign-in still succeeds and goes home", async () => {
    const { signInSchema } = await import("@/lib/validation/auth");
    for (const callbackUrl of ["/admin\r\nSet-Cookie: x=1", "/\t/evil.example", "/admin\u0000"]) {
      const parsed = signInSchema.safeParse({ email: "a@example.com", password: "secret", callbackUrl });
      expect(parsed.success).toBe(true);
      expect(safeCallbackUrl(parsed.data!.callbackUrl, ORIGIN)).toBeNull();
    }
  });
});
