import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createInvites } from "@/lib/invites/create-invites";
import { rememberSecret } from "./setup/secrets";

export const PASSWORD = "reliability password 0123456789";
export const instances = () => inject("instances");

/** Fresh invites made through the domain function; their codes are remembered for the leak scan. */
export async function freshInvites(count: number, maxUses = 1) {
  const batch = await createInvites({
    role: "MEMBER",
    maxUses,
    expiresAt: new Date(Date.now() + 24 * 3_600_000),
    note: "reliability",
    count,
    createdById: null,
  });
  rememberSecret(PASSWORD, ...batch.invites.flatMap((invite) => [invite.code, invite.display]));
  return batch.invites;
}

export function redeemBody(code: string) {
  return { code, email: `rel-${randomUUID()}@example.test`, name: "Reliability", password: PASSWORD };
}

/** POST /api/v1/redeem; network failures come back as status 0 so a test can count them. */
export async function postRedeem(baseUrl: string, body: unknown, headers: Record<string, string> = {}) {
  try {
    const response = await fetch(`${baseUrl}/api/v1/redeem`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: { user?: { id: string }; error?: { code: string; message: string } } | null = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, json, text, retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    return { status: 0, json: null, text: String(error), retryAfter: null };
  }
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inParallel<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}
