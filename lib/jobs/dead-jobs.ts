import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { startedJobBoss } from "./job-boss";
import { WORK_QUEUES, type QueueName } from "./queues";

export type DeadJob = {
  id: string;
  queue: QueueName;
  data: Record<string, unknown>;
  retryCount: number;
  lastError: string;
  createdOn: Date;
  failedOn: Date | null;
};

function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output && typeof output.message === "string") return output.message;
  return output ? JSON.stringify(output).slice(0, 500) : "No error was recorded.";
}

/** Jobs that used up their retries, newest first, with the error of their last try (never its stack). */
export async function listDeadJobs(limit = 100): Promise<DeadJob[]> {
  const rows = await db.$queryRaw<{ id: string; name: QueueName; data: Record<string, unknown>; retry_count: number; output: unknown; created_on: Date; completed_on: Date | null }[]>`
    SELECT id::text, name, data, retry_count, output, created_on, completed_on
    FROM pgboss.job
    WHERE state = 'failed' AND name = ANY(${[...WORK_QUEUES]}::text[])
    ORDER BY completed_on DESC NULLS LAST
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    data: row.data,
    retryCount: row.retry_count,
    lastError: errorText(row.output),
    createdOn: row.created_on,
    failedOn: row.completed_on,
  }));
}

export async function countDeadJobs(): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM pgboss.job WHERE state = 'failed' AND name = ANY(${[...WORK_QUEUES]}::text[])`;
  return row?.count ?? 0;
}

/** Puts a dead job back in its queue for one more try. */
export async function retryDeadJob(args: { id: string }, actor: Actor): Promise<Result<{ id: string; queue: QueueName }>> {
  if (!can(actor, "jobs.manage")) return fail("forbidden", "Only administrators retry jobs.");
  const [row] = await db.$queryRaw<{ name: QueueName }[]>`
    SELECT name FROM pgboss.job WHERE id = ${args.id}::uuid AND state = 'failed' AND name = ANY(${[...WORK_QUEUES]}::text[])`;
  if (!row) return fail("not_found", "This job is not waiting for a retry: it was retried already or has been cleaned up.");
  const boss = await startedJobBoss();
  await boss.retry(row.name, args.id);
  await recordAuditEvent({ actorId: actor.id, action: "job.retry", target: args.id, ip: actor.ip, detail: { queue: row.name } });
  return ok({ id: args.id, queue: row.name });
}
