import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { installJobQueue } from "@/lib/jobs/install-job-queue";

/** Prisma Migrate's own lock key, so this runner and `prisma migrate deploy` never run at the same time. */
const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };

export type MigrationReport = { applied: string[]; alreadyApplied: string[] };

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      // Prisma records the sha256 of the file's text as hex; the same value lets `prisma migrate deploy` agree.
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

/**
 * Applies the SQL migrations under `dir` that the database has not seen, each in its own transaction, and
 * records them in Prisma's `_prisma_migrations` table. Idempotent; safe when several processes start at once
 * (they queue on an advisory lock); refuses to continue when an applied migration's file has changed or a
 * previous attempt failed half-way. Then installs or upgrades the job queue's schema (pg-boss), which is part of
 * the database the app expects.
 */
export async function runMigrations(databaseUrl: string, dir: string): Promise<MigrationReport> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      );
      const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
      const report: MigrationReport = { applied: [], alreadyApplied: [] };

      for (const migration of migrations) {
        const row = applied.get(migration.name);
        if (row && row.finished_at === null) {
          throw new Error(`Migration ${migration.name} failed earlier and was left unfinished; repair the database, then mark it rolled back.`);
        }
        if (row) {
          if (row.checksum !== migration.checksum) {
            throw new Error(`Migration ${migration.name} was changed after it was applied. Never edit an applied migration; add a new one.`);
          }
          report.alreadyApplied.push(migration.name);
          continue;
        }
        if (await applyOne(client, migration)) report.applied.push(migration.name);
        else report.alreadyApplied.push(migration.name);
      }
      await installJobQueue(databaseUrl);
      return report;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
    }
  } finally {
    await client.end();
  }
}

/** Applies one migration; false when another process applied it first. */
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<boolean> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    // The advisory lock already serialises runners on a real server; the embedded PGlite has a single session,
    // where that lock is re-entrant, but it runs transactions one at a time, so this re-check is what holds there.
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (done.rowCount) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}
