import { randomBytes } from "node:crypto";
import { Socket } from "node:net";
import path from "node:path";
import pg from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const CI_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDatabase = { url: string; source: string; embedded: boolean; drop: () => Promise<void> };

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1_000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
    socket.connect(port, host);
  });
}

/** Tests create and drop databases: never let them near anything that is not on this machine. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against ${host}: only a local PostgreSQL (localhost, 127.0.0.1, ::1) is allowed.`);
  }
}

/**
 * A fresh, migrated database for one test run, on the first server available: TEST_DATABASE_URL or
 * DATABASE_URL, else PostgreSQL on 127.0.0.1:5432, else an embedded PGlite (also when TEST_DATABASE_URL is
 * "embedded"). Dropped by `drop()`.
 */
export async function createTestDatabase(label: string, { migrate = true } = {}): Promise<TestDatabase> {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured && configured !== "embedded") return freshDatabase(configured, "TEST_DATABASE_URL/DATABASE_URL", label, migrate);
  if (configured !== "embedded" && (await reachable("127.0.0.1", 5432))) return freshDatabase(CI_POSTGRES, "PostgreSQL on 127.0.0.1:5432", label, migrate);

  const embedded = await startEmbeddedPostgres();
  if (migrate) await runMigrations(embedded.url, MIGRATIONS_DIR);
  return { url: embedded.url, source: "embedded PGlite (in memory)", embedded: true, drop: embedded.stop };
}

async function freshDatabase(serverUrl: string, source: string, label: string, migrate: boolean): Promise<TestDatabase> {
  assertLocal(serverUrl);
  const name = `invites_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (migrate) await runMigrations(url.toString(), MIGRATIONS_DIR);
  return {
    url: url.toString(),
    source: `${source}, database ${name}`,
    embedded: false,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
