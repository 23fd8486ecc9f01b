import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateCode } from "@/lib/invites/codes";
import { actionResult, callServerAction, serverAction } from "../support/server-action";
import { instances, PASSWORD } from "./support";

it("a server action posted to a page without it is forwarded by Next and still records the client's address", async () => {
  const client = "203.0.113.66";
  // Only this request's audit event: earlier files fail redemptions from 127.0.0.1 by the thousand.
  const userAgent = `reliability-forwarded-${randomUUID()}`;
  // The home page does not contain the redeem action, so Next forwards the POST to the page that does, as a new
  // request from this machine. An unknown code is a recorded failure, with the address it came from.
  const answer = await callServerAction(
    instances()[0]!,
    serverAction("redeemAction"),
    { code: generateCode(), email: `forwarded-${randomUUID().slice(0, 8)}@example.test`, name: "Forwarded", password: PASSWORD },
    undefined,
    { page: "/", headers: { "x-forwarded-for": client, "user-agent": userAgent } },
  );
  expect(actionResult(answer.body)).toMatchObject({ ok: false, error: { code: "invalid" } });
  const failures = await db.auditEvent.findMany({ where: { action: "invite.redeem_failed", detail: { path: ["userAgent"], equals: userAgent } } });
  expect(failures.map((event) => event.ip)).toEqual([client]);
  expect(await db.rateLimit.count({ where: { key: `code-guess:net:${client}` } })).toBe(1);
});

it("a client cannot claim an address by sending the header the server signs", async () => {
  const answer = await callServerAction(
    instances()[1]!,
    serverAction("redeemAction"),
    { code: generateCode(), email: `forged-${randomUUID().slice(0, 8)}@example.test`, name: "Forged", password: PASSWORD },
    undefined,
    { headers: { "x-forwarded-for": "198.51.100.99", "x-invites-client": "192.0.2.250 forged-signature" } },
  );
  expect(actionResult(answer.body)).toMatchObject({ ok: false, error: { code: "invalid" } });
  expect(await db.auditEvent.count({ where: { action: "invite.redeem_failed", ip: "192.0.2.250" } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: "invite.redeem_failed", ip: "198.51.100.99" } })).toBe(1);
});
