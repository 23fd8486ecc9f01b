import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { announceFirstAdminLink } from "./admin-link";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

/*
 * `npm start`: one command from a fresh clone to a running app. Without DATABASE_URL it serves an embedded
 * PostgreSQL (PGlite, data under .data/), applies migrations, prints a first-admin link when there is no admin,
 * builds when no build exists, and serves it with scripts/serve-next.mjs (`next start` with a client IP that
 * clients cannot forge).
 */
const root = process.cwd();
const dataDir = path.join(root, ".data");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function say(message: string) {
  console.log(`[start] ${message}`);
}

async function persistentSecret(): Promise<string> {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  await mkdir(dataDir, { recursive: true });
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: dbPort });
    process.env.DATABASE_URL = embedded.url;
    // PGlite runs one query at a time and its socket server interleaves concurrent connections' protocol
    // messages outside transactions; one pooled connection keeps every query whole.
    process.env.DB_POOL_SIZE ??= "1";
    process.env.JOBS_POOL_SIZE ??= "1";
    say(`DATABASE_URL is not set: embedded PostgreSQL (PGlite) on localhost:${dbPort}, data in .data/pglite`);
  }
  process.env.NEXTAUTH_SECRET ??= await persistentSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const report = await runMigrations(process.env.DATABASE_URL, path.join(root, "prisma", "migrations"));
  say(`migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already up to date`);

  const [{ bootstrapFirstAdmin }, { db }] = await Promise.all([
    import("@/lib/users/bootstrap-first-admin"),
    import("@/lib/db"),
  ]);
  const bootstrap = await bootstrapFirstAdmin(process.env.NEXTAUTH_URL);
  await db.$disconnect();
  if (bootstrap) await announceFirstAdminLink(bootstrap, dataDir);

  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    say("no production build found: running next build (once)");
    const code = await run(["build"]);
    if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  }

  say(`serving on ${process.env.NEXTAUTH_URL}`);
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve-next.mjs")], {
    stdio: "inherit",
    env: { ...process.env, PORT: String(port) },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: Error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
