import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

export type RequestContext = { ip: string | null; userAgent: string | null };

/**
 * The client's IP from X-Forwarded-For as scripts/serve-next.mjs leaves it: the server rewrites the header so
 * that its last entry is always the socket's peer. Directly exposed, that peer is the client. Behind a trusted
 * proxy (TRUST_PROXY=true) the peer is the proxy, and the entry before it is the address the proxy saw; any
 * entries further left were sent by the client and are never believed.
 */
export function clientIp(forwardedFor: string | null, trustProxy = env().TRUST_PROXY): string | null {
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  const ip = trustProxy ? hops.at(-2) ?? hops.at(-1) : hops.at(-1);
  return ip ? ip.replace(/^::ffff:/, "") : null;
}

export function contextFromHeaders(source: Headers): RequestContext {
  return {
    ip: clientIp(source.get("x-forwarded-for")),
    userAgent: source.get("user-agent")?.slice(0, 500) ?? null,
  };
}

/** The calling request's context, in server components and server actions. */
export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
