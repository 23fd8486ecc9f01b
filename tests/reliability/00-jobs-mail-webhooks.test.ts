import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db";
import { API_SCOPES } from "@/lib/validation/api-keys";
import { createWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { SmtpSink } from "../support/smtp-sink";
import { WebhookReceiver } from "../support/webhook-receiver";
import { RELIABILITY_SMTP_PORT, SERVER_LOG_DIR } from "./setup/paths";
import { rememberSecret } from "./setup/secrets";
import { freshInvites, inParallel, instances, postRedeem, redeemBody } from "./support";

/*
 * The job queue under failure, with real servers: an SMTP server that is down while mails are queued under load,
 * a webhook receiver that answers 500 before it answers 200, and a worker process killed in the middle of an SMTP
 * delivery. The app instances only queue (RUN_WORKERS=false); the jobs run in `npm run worker` processes started
 * and killed here. Counted at the receivers: everything arrives, nothing twice.
 */
const smtp = new SmtpSink();
const receiver = new WebhookReceiver();
const workers: { child: ChildProcess; output: string[] }[] = [];
let key: string;

function startWorker(name: string) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      SMTP_URL: `smtp://127.0.0.1:${RELIABILITY_SMTP_PORT}`,
      WEBHOOKS_ALLOW_PRIVATE: "true",
      NODE_OPTIONS: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const worker = { child, output: [] as string[] };
  const keep = (chunk: Buffer) => {
    worker.output.push(chunk.toString());
    writeFileSync(path.join(SERVER_LOG_DIR, `${name}.log`), worker.output.join(""));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  workers.push(worker);
  return worker;
}

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const codeIn = (text: string) => /\/invite\/([0-9A-Z]+)/.exec(text)?.[1] ?? "";

beforeAll(async () => {
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", disabled: false } }).catch(async () =>
    db.user.create({ data: { email: `jobs-admin-${Date.now()}@example.test`, name: "Jobs Admin", role: "ADMIN", passwordHash: "x" } }),
  );
  const made = await createApiKey({ name: "jobs", scopes: [...API_SCOPES], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!made.ok) throw new Error(made.error.message);
  key = made.data.key;
  rememberSecret(key);
  await receiver.start();
});

afterAll(async () => {
  for (const { child } of workers) if (child.exitCode === null) child.kill("SIGKILL");
  await smtp.stop();
  await receiver.stop();
  for (const message of smtp.messages) rememberSecret(codeIn(message.text ?? ""));
});

describe("mail while the SMTP server is down, under load", () => {
  it("every queued mail arrives once the server is back, none twice", async () => {
    startWorker("worker-a");
    startWorker("worker-b");
    const addresses = Array.from({ length: 60 }, (_, i) => `down-${i}-${Date.now()}@example.test`);
    const answers = await inParallel(6, 6, (i) =>
      fetch(`${instances()[i % 2]}/api/v1/invites`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ emails: addresses.slice(i * 10, i * 10 + 10), role: "MEMBER", expiresAt: new Date(Date.now() + 86_400_000).toISOString() }),
      }).then((response) => response.status),
    );
    expect(answers).toEqual([201, 201, 201, 201, 201, 201]);
    await until(async () => (await db.mail.aggregate({ where: { toAddress: { in: addresses } }, _sum: { attempts: true } }))._sum.attempts! >= 60, 60_000, "every mail to be tried against the dead server");
    expect(await db.mail.count({ where: { toAddress: { in: addresses }, status: "SENT" } })).toBe(0);

    await smtp.start(RELIABILITY_SMTP_PORT);
    await until(() => addresses.every((address) => smtp.to(address).length > 0), 120_000, "all 60 mails to arrive");
    await until(async () => (await db.mail.count({ where: { toAddress: { in: addresses }, status: "SENT" } })) === 60, 30_000, "all 60 mails marked sent");
    expect(addresses.map((address) => smtp.to(address).length)).toEqual(addresses.map(() => 1));
    expect(await db.mail.count({ where: { toAddress: { in: addresses }, payload: { not: null } } })).toBe(0);
  });
});

describe("a webhook receiver answering 500, then 200", () => {
  it("gets every event, each accepted exactly once, all signatures valid", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", disabled: false } });
    const endpoint = await createWebhookEndpoint({ url: receiver.url, events: ["invite.redeemed"], description: "reliability" }, { id: admin.id, role: "ADMIN" });
    if (!endpoint.ok) throw new Error(endpoint.error.message);
    receiver.secret = endpoint.data.secret;
    rememberSecret(endpoint.data.secret);
    receiver.failFirst = 30;

    const invites = await freshInvites(40);
    const redeemed = await inParallel(40, 10, (i) => postRedeem(instances()[i % 2]!, redeemBody(invites[i]!.code)));
    expect(redeemed.every((answer) => answer.status === 201)).toBe(true);

    // With the queue's own retry policy (the first retry 10-20 s after a failure). Workers that took one job per
    // 2 s poll needed over 70 s for these 70 deliveries; batches take a few seconds.
    await until(() => receiver.accepted().length >= 40, 60_000, "40 accepted webhooks");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const accepted = receiver.accepted().map((hook) => hook.id);
    expect(accepted).toHaveLength(40);
    expect(new Set(accepted).size).toBe(40);
    expect(receiver.received.filter((hook) => hook.status === 500)).toHaveLength(30);
    expect(receiver.rejected).toBe(0);
  });
});

describe("a worker killed in the middle of sending", () => {
  it("another worker finishes the job once the first one's attempt expires", async () => {
    for (const worker of workers.splice(0)) worker.child.kill("SIGKILL");
    const doomed = startWorker("worker-doomed");
    const address = `killed-${Date.now()}@example.test`;
    smtp.holdNext = true;
    const started = smtp.dataStarted;
    const response = await fetch(`${instances()[0]}/api/v1/invites`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ emails: [address], role: "MEMBER", expiresAt: new Date(Date.now() + 86_400_000).toISOString() }),
    });
    expect(response.status).toBe(201);
    await until(() => smtp.dataStarted > started, 60_000, "the doomed worker to start sending");
    doomed.child.kill("SIGKILL");
    expect(smtp.to(address)).toHaveLength(0);

    startWorker("worker-survivor");
    await until(() => smtp.to(address).length === 1, 170_000, "the survivor to deliver the mail");
    await until(async () => (await db.mail.findFirstOrThrow({ where: { toAddress: address } })).status === "SENT", 20_000, "the mail marked sent");
    expect(smtp.to(address)).toHaveLength(1);
  }, 240_000);
});
