import { describe, expect, it } from "vitest";
import { clientNetwork } from "@/lib/rate-limit/client-network";

describe("clientNetwork", () => {
  it("keeps IPv4 addresses whole, also when written IPv4-mapped", () => {
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(clientNetwork("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("groups IPv6 addresses by /64, however they are written", () => {
    const network = "2001:db8:1:2::/64";
    for (const ip of ["2001:db8:1:2::1", "2001:0db8:0001:0002:ffff:ffff:ffff:ffff", "2001:DB8:1:2:0:0:0:9", "2001:db8:1:2::1%eth0"]) {
      expect(clientNetwork(ip)).toBe(network);
    }
    expect(clientNetwork("2001:db8:1:3::1")).not.toBe(network);
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
  });

  it("puts anything that is not an address in one bucket", () => {
    expect(clientNetwork(null)).toBe("unknown");
    expect(clientNetwork("not an address")).toBe("unknown");
  });
});
