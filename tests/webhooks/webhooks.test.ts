import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startedJobBoss } from "@/lib/jobs/job-boss";
import { startWorkers } from "@/lib/jobs/start-workers";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { guardedPost, isPrivateAddress } from "@/lib/webhooks/guarded-post";
import { createWebhookEndpoint, listDeliveries, resendDelivery } from "@/lib/webhooks/manage-endpoints";
import { makeInvite, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";
import { WebhookReceiver } from "../support/webhook-receiver";

const receiver = new WebhookReceiver();
let stopWorkers: () => Promise<void>;

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  await receiver.start();
  stopWorkers = await startWorkers({ pollingIntervalSeconds: 0.5 });
  // Retries a second apart, so the test need not wait through the production backoff.
  await (await startedJobBoss()).updateQueue("webhook.deliver", { name: "webhook.deliver", retryDelay: 1, retryBackoff: false });
});

afterAll(async () => {
  await (await startedJobBoss()).updateQueue("webhook.deliver", { name: "webhook.deliver", retryDelay: 10, retryBackoff: true });
  await stopWorkers();
  await receiver.stop();
});

beforeEach(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE webhook_endpoints, webhook_events, webhook_deliveries CASCADE");
  receiver.received.length = 0;
  receiver.rejected = 0;
  receiver.failFirst = 0;
});

/** The receiver answers before the worker records the answer: wait for the record. */
async function deliveredLog(endpointId: string) {
  for (let i = 0; i < 100; i++) {
    const deliveries = await listDeliveries(endpointId);
    if (deliveries.length > 0 && deliveries.every((delivery) => delivery.status === "DELIVERED")) return deliveries;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return listDeliveries(endpointId);
}

async function endpointFor(events: ("invite.redeemed" | "invite.created")[]) {
  const admin = await makeUser("ADMIN", "admin");
  const created = await createWebhookEndpoint({ url: receiver.url, events, description: "test receiver" }, admin);
  if (!created.ok) throw new Error(created.error.message);
  receiver.secret = created.data.secret;
  return { admin, endpoint: created.data };
}

describe("webhooks, signed per Standard Webhooks and verified by a real receiver", () => {
  it("delivers invite.redeemed, written by the redemption statement itself, with no code in it", async () => {
    const { endpoint } = await endpointFor(["invite.redeemed"]);
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(Buffer.from((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).secretSealed).toString("latin1")).not.toContain(endpoint.secret.slice(6));

    const invite = await makeInvite({ role: "EDITOR" });
    const redeemed = await redeemInvite(redeemRequest(invite.code, "hooked"));
    if (!redeemed.ok) throw new Error(redeemed.error.message);

    await receiver.waitFor(() => receiver.accepted().length === 1);
    const [hook] = receiver.accepted();
    expect(hook).toMatchObject({ type: "invite.redeemed", data: { user: { id: redeemed.data.user.id, email: redeemed.data.user.email, role: "EDITOR" }, invite: { id: invite.id, role: "EDITOR" } } });
    expect(hook!.raw).not.toContain(invite.code);
    expect(receiver.rejected).toBe(0);
    const [delivery] = await deliveredLog(endpoint.id);
    expect(delivery).toMatchObject({ status: "DELIVERED", statusCode: 200, responseExcerpt: "thanks", attempts: 1 });
  });

  it("a receiver answering 500 then 200 gets the event again with the same webhook-id, accepted once", async () => {
    const { endpoint } = await endpointFor(["invite.redeemed"]);
    receiver.failFirst = 2;
    const invite = await makeInvite();
    expect(await redeemInvite(redeemRequest(invite.code, "retried"))).toMatchObject({ ok: true });
    await receiver.waitFor(() => receiver.accepted().length === 1);
    expect(receiver.received.map((hook) => hook.status)).toEqual([500, 500, 200]);
    expect(new Set(receiver.received.map((hook) => hook.id)).size).toBe(1);
    const [delivery] = await deliveredLog(endpoint.id);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 3 });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince).toBeNull();
  });

  it("writes no event when no endpoint wants it, and none for a failed redemption", async () => {
    await endpointFor(["invite.created"]);
    const invite = await makeInvite({ maxUses: 1 });
    await redeemInvite(redeemRequest(invite.code, "first"));
    await redeemInvite(redeemRequest(invite.code, "second"));
    expect(await db.webhookEvent.count({ where: { type: "invite.redeemed" } })).toBe(0);
  });

  it("disables an endpoint that has failed for 3 days and records why", async () => {
    const { endpoint } = await endpointFor(["invite.redeemed"]);
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: new Date(Date.now() - 4 * 86_400_000) } });
    receiver.failFirst = 100;
    const invite = await makeInvite();
    await redeemInvite(redeemRequest(invite.code, "doomed"));
    for (let i = 0; i < 100; i++) {
      if (!(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ enabled: false, disabledReason: expect.stringContaining("3 days") });
    expect(await db.auditEvent.count({ where: { action: "webhook.endpoint_disabled", target: endpoint.id } })).toBe(1);
  });

  it("resends a delivery from the log with the same webhook-id", async () => {
    const { admin, endpoint } = await endpointFor(["invite.redeemed"]);
    const invite = await makeInvite();
    await redeemInvite(redeemRequest(invite.code, "again"));
    await receiver.waitFor(() => receiver.accepted().length === 1);
    const [delivery] = await deliveredLog(endpoint.id);
    expect(await resendDelivery({ id: delivery!.id }, admin)).toMatchObject({ ok: true });
    await receiver.waitFor(() => receiver.accepted().length === 2);
    expect(receiver.accepted()[1]!.id).toBe(receiver.accepted()[0]!.id);
  });
});

describe("the SSRF guard", () => {
  it("knows private, loopback, link-local and mapped addresses", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "100.64.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"]) expect(isPrivateAddress(address), address).toBe(false);
  });

  it("refuses private targets at connect time, by literal address or by a name that resolves to one", async () => {
    const options = { allowPrivate: false, timeoutMs: 2_000 };
    await expect(guardedPost(`http://127.0.0.1:${receiver.port}/hooks`, "{}", {}, options)).rejects.toThrow(/private/);
    await expect(guardedPost(`http://localhost:${receiver.port}/hooks`, "{}", {}, options)).rejects.toThrow(/private/);
    await expect(guardedPost(`http://[::1]:${receiver.port}/hooks`, "{}", {}, options)).rejects.toThrow(/private/);
    await expect(guardedPost("file:///etc/passwd", "{}", {}, options)).rejects.toThrow(/http/);
    expect(receiver.received).toHaveLength(0);
  });
});
