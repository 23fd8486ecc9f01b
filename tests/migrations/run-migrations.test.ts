import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, expect, it } from "vitest";
import { readMigrations, runMigrations } from "@/lib/migrations/run-migrations";
import { createTestDatabase, MIGRATIONS_DIR, type TestDatabase } from "../support/test-database";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function appliedRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
  await client.end();
  return rows;
}

it("applies every migration once, records Prisma's checksums, and is idempotent", async () => {
  database = await createTestDatabase("migrate", { migrate: false });
  const files = await readMigrations(MIGRATIONS_DIR);

  const first = await runMigrations(database.url, MIGRATIONS_DIR);
  expect(first.applied).toEqual(files.map((file) => file.name));
  const second = await runMigrations(database.url, MIGRATIONS_DIR);
  expect(second).toEqual({ applied: [], alreadyApplied: files.map((file) => file.name) });

  const rows = await appliedRows(database.url);
  expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(files.map((file) => [file.name, file.checksum]));
  expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
});

it("is safe when several processes migrate at once", async () => {
  database = await createTestDatabase("migrate", { migrate: false });
  const url = database.url;
  const reports = await Promise.all([1, 2, 3].map(() => runMigrations(url, MIGRATIONS_DIR)));
  expect(reports.flatMap((report) => report.applied)).toHaveLength((await readMigrations(MIGRATIONS_DIR)).length);
  expect(await appliedRows(url)).toHaveLength((await readMigrations(MIGRATIONS_DIR)).length);
});

it("refuses to run when an applied migration's file has changed", async () => {
  database = await createTestDatabase("migrate", { migrate: false });
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  await runMigrations(database.url, dir);

  const [first] = await readMigrations(dir);
  await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
  await expect(runMigrations(database.url, dir)).rejects.toThrow(/was changed after it was applied/);
});

it("rolls a failing migration back and leaves no record of it", async () => {
  database = await createTestDatabase("migrate", { migrate: false });
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  const broken = path.join(dir, "99990101000000_broken");
  await cp(path.join(dir, (await readMigrations(MIGRATIONS_DIR))[0]!.name), broken, { recursive: true });
  await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE half_done (id int);\nSELECT no_such_function();`);

  await expect(runMigrations(database.url, dir)).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
  const names = (await appliedRows(database.url)).map((row) => row.migration_name);
  expect(names).not.toContain("99990101000000_broken");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query(`SELECT to_regclass('half_done') AS t`);
  await client.end();
  expect(rows[0].t).toBeNull();
});
