import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/request-context";

// scripts/serve-next.mjs leaves X-Forwarded-For as "<what a trusted proxy sent>, <socket peer>" or "<socket peer>".
describe("clientIp", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client claims", () => {
    expect(clientIp("203.0.113.9, 198.51.100.4", false)).toBe("198.51.100.4");
    expect(clientIp("::ffff:127.0.0.1", false)).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, is the address the proxy saw, never an entry the client added before it", () => {
    expect(clientIp("6.6.6.6, 203.0.113.9, 10.0.0.2", true)).toBe("203.0.113.9");
    expect(clientIp("10.0.0.2", true)).toBe("10.0.0.2");
  });

  it("is unknown without the header", () => {
    expect(clientIp(null, false)).toBeNull();
  });
});
