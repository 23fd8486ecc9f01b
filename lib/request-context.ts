import { headers } from "next/headers";
import { env } from "@/lib/env";

export type RequestContext = { ip: string | null; userAgent: string | null };

/**
 * The client's IP. `next start` appends the socket's address to X-Forwarded-For, so its last entry is the peer
 * that connected to us. Only behind a trusted proxy (TRUST_PROXY=true) is the first entry, set by that proxy,
 * believed; otherwise a client could name any address it likes.
 */
export function clientIp(forwardedFor: string | null, realIp: string | null = null): string | null {
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  const ip = env().TRUST_PROXY ? hops[0] ?? realIp : hops.at(-1) ?? realIp;
  return ip ? ip.replace(/^::ffff:/, "") : null;
}

export function contextFromHeaders(source: Headers): RequestContext {
  return {
    ip: clientIp(source.get("x-forwarded-for"), source.get("x-real-ip")),
    userAgent: source.get("user-agent")?.slice(0, 500) ?? null,
  };
}

/** The calling request's context, in server components and server actions. */
export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
