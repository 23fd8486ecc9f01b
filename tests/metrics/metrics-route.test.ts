import { beforeEach, describe, expect, it } from "vitest";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { GET as statsRoute } from "@/app/api/v1/stats/route";
import { db } from "@/lib/db";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { makeInvite, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

const TOKEN = "metrics-token-for-tests-0123456789";
// Read by env() on first use, which comes later in this file's module registry.
process.env.METRICS_TOKEN = TOKEN;

const scrape = (authorization?: string) =>
  metricsRoute(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

beforeEach(resetDatabase);

describe("GET /api/metrics", () => {
  it("answers only to the metrics token", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-of-some-length")).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(200);
  });

  it("reports invites by state, redemptions, failures by reason, rate limits and API durations from the database", async () => {
    const invite = await makeInvite({ maxUses: 1 });
    await makeInvite({ maxUses: 1 });
    await redeemInvite(redeemRequest(invite.code, "mia"));
    await redeemInvite(redeemRequest(invite.code, "ned"));
    await db.auditEvent.create({ data: { action: "auth.sign_in_failed", detail: { reason: "rate_limited" } } });
    await statsRoute(new Request("http://localhost/api/v1/stats"), { params: Promise.resolve({}) });

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const body = await response.text();
    expect(body).toContain('invites_by_state{state="active"} 1');
    expect(body).toContain('invites_by_state{state="exhausted"} 1');
    expect(body).toMatch(/^invite_redemptions_total 1$/m);
    expect(body).toContain('invite_redemptions_failed_total{reason="exhausted"} 1');
    expect(body).toContain('rate_limited_requests_total{action="auth.sign_in_failed"} 1');
    expect(body).toMatch(/http_request_duration_seconds_count\{route="GET \/api\/v1\/stats",method="GET",status="401"\} \d+/);
  });
});
