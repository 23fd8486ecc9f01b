import { execFileSync } from "node:child_process";
import { expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { freshInvites, instances, postRedeem, redeemBody } from "./support";

/** Stops or starts the private cluster behind the topology's PgBouncer: never a database anyone else uses. */
function pgctl(action: "stop" | "start") {
  const { uid, gid, ...commands } = inject("databaseCommands");
  const [command, ...args] = commands[action];
  execFileSync(command!, args, { stdio: "inherit", ...(uid === undefined ? {} : { uid, gid }) });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("survives a PostgreSQL restart under load: 503 while down, recovery without restarting, no lost or phantom redemptions", async () => {
  const invites = await freshInvites(1_500);
  const urls = instances();
  const answers: { status: number; code?: string; message?: string; userId?: string; inviteId: string }[] = [];
  let next = 0;
  let stop = false;

  const worker = async (w: number) => {
    while (!stop && next < invites.length) {
      const invite = invites[next++]!;
      const answer = await postRedeem(urls[w % urls.length]!, redeemBody(invite.display));
      answers.push({ status: answer.status, code: answer.json?.error?.code, message: answer.json?.error?.message, userId: answer.json?.user?.id, inviteId: invite.id });
      if (answer.status === 503) await sleep(50);
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));

  await sleep(3_000);
  pgctl("stop");
  await sleep(4_000);
  const whileDown = await postRedeem(urls[0]!, redeemBody(invites.at(-1)!.display));
  pgctl("start");
  // Both instances must find their way back on their own.
  const deadline = Date.now() + 60_000;
  for (const url of urls) {
    while ((await fetch(`${url}/api/health`).then((r) => r.status).catch(() => 0)) !== 200) {
      if (Date.now() > deadline) throw new Error(`${url} did not recover within 60 s of PostgreSQL starting`);
      await sleep(500);
    }
  }
  const afterStart = answers.length;
  await sleep(3_000);
  stop = true;
  await load;

  expect(whileDown.status).toBe(503);
  expect(whileDown.json?.error?.code).toBe("unavailable");
  expect(answers.some((answer) => answer.status === 503)).toBe(true);
  expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 503)).toEqual([]);
  expect(answers.slice(afterStart).some((answer) => answer.status === 201)).toBe(true);

  const created = answers.filter((answer) => answer.status === 201);
  const tried = answers.map((answer) => answer.inviteId);
  const rows = await db.redemption.findMany({ where: { inviteId: { in: tried } }, select: { userId: true } });
  expect(rows.length).toBe(created.length);
  expect(new Set(rows.map((row) => row.userId))).toEqual(new Set(created.map((answer) => answer.userId)));
});
