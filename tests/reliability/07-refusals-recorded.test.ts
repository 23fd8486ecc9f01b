import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { actionResult, callServerAction, serverAction } from "../support/server-action";
import { sessionCookie } from "../support/session-cookie";
import { SERVER_LOG_DIR } from "./setup/paths";
import { instances, PASSWORD } from "./support";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("every refusal — a forged action, a 403 export, a 401 API call — leaves an access.denied event and a log line", async () => {
  const ops = await db.user.create({
    data: { email: `refused-${randomUUID().slice(0, 8)}@example.test`, name: "Refused Ops", role: "OPS", passwordHash: await hashPassword(PASSWORD) },
  });
  const member = await db.user.create({
    data: { email: `refused-${randomUUID().slice(0, 8)}@example.test`, name: "Refused Member", role: "MEMBER", passwordHash: await hashPassword(PASSWORD) },
  });
  const [one, two] = instances();

  const forged = await callServerAction(one!, serverAction("createApiKeyAction"), { name: "forged", scopes: ["stats:read"] }, await sessionCookie(ops), {
    headers: { "x-forwarded-for": "198.51.100.31" },
  });
  expect(actionResult(forged.body)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  const exported = await fetch(new URL("/api/exports/audit", two), { headers: { Cookie: await sessionCookie(member), "x-forwarded-for": "198.51.100.32" } });
  expect(exported.status).toBe(403);
  const api = await fetch(new URL("/api/v1/stats", one), { headers: { "x-forwarded-for": "198.51.100.33" } });
  expect(api.status).toBe(401);

  const events = await db.auditEvent.findMany({ where: { action: "access.denied", ip: { in: ["198.51.100.31", "198.51.100.32", "198.51.100.33"] } } });
  expect(events.map((event) => [event.actorId, event.target, event.ip]).sort()).toEqual(
    [
      [ops.id, "action createApiKey", "198.51.100.31"],
      [member.id, "GET /api/exports/audit", "198.51.100.32"],
      [null, "GET /api/v1/stats", "198.51.100.33"],
    ].sort(),
  );

  await sleep(1_500);
  const logs = readdirSync(SERVER_LOG_DIR)
    .filter((file) => file.endsWith(".log"))
    .flatMap((file) => readFileSync(path.join(SERVER_LOG_DIR, file), "utf8").split("\n"))
    .filter((line) => line.startsWith("{") && line.includes('"access denied"'))
    .map((line) => JSON.parse(line) as { ip?: string; what?: string });
  for (const ip of ["198.51.100.31", "198.51.100.32", "198.51.100.33"]) expect(logs.some((line) => line.ip === ip)).toBe(true);
});
