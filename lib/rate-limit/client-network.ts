import "server-only";
import { isIPv4, isIPv6 } from "node:net";

/**
 * The network a client address stands for in per-client limits: an IPv4 address itself, and for IPv6 its /64,
 * because one subscriber typically holds a whole /64 and could otherwise rotate through 2^64 addresses.
 */
export function clientNetwork(ip: string | null): string {
  if (!ip) return "unknown";
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return "unknown";
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in and leading zeros dropped. */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split("%")[0]!.toLowerCase();
  const [head, tail] = withoutZone.includes("::") ? withoutZone.split("::") : [withoutZone, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => (group.includes(".") ? group : String(parseInt(group, 16).toString(16))));
}
