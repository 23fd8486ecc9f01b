import "server-only";
import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { jobBoss } from "./job-boss";
import type { JobData, QueueName } from "./queues";

function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !ArrayBuffer.isView(value)) return JSON.stringify(value);
  return value;
}

/**
 * Sends a job inside the caller's transaction: pg-boss writes its row through `tx`, so the job exists exactly
 * when the change that caused it commits, and a rollback takes it away too.
 */
export async function enqueue<Q extends QueueName>(tx: Tx, queue: Q, data: JobData[Q], options: PgBoss.JobOptions = {}): Promise<string | null> {
  const db: PgBoss.Db = {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? []).map(asParameter)) }),
  };
  return jobBoss().send(queue, data, { ...options, db });
}
