import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Socket } from "node:net";
import path from "node:path";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

/*
 * `npm run admin:invite`: a fresh one-time ADMIN invite link on stdout (the last line of the output), for when
 * the first-admin link was lost or every administrator is locked out. Older unused bootstrap links are revoked.
 * Uses DATABASE_URL, or the embedded database: the one `npm start` is serving, else the same data directory.
 */
const root = process.cwd();
const dataDir = path.join(root, ".data");

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1_000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

async function main() {
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    if (await listening(port)) {
      process.env.DATABASE_URL = `postgresql://postgres@localhost:${port}/postgres?sslmode=disable`;
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
      process.env.DATABASE_URL = embedded.url;
      await runMigrations(embedded.url, path.join(root, "prisma", "migrations"));
    }
    process.env.DB_POOL_SIZE ??= "1";
  }
  const secretFile = path.join(dataDir, "nextauth-secret");
  if (!process.env.NEXTAUTH_SECRET && existsSync(secretFile)) process.env.NEXTAUTH_SECRET = (await readFile(secretFile, "utf8")).trim();
  process.env.NEXTAUTH_SECRET ??= "not used here: only the invite is created";
  const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

  const [{ issueBootstrapInvite }, { db }] = await Promise.all([import("@/lib/users/bootstrap-first-admin"), import("@/lib/db")]);
  try {
    const invite = await issueBootstrapInvite(baseUrl);
    console.log(`One-time ADMIN invite, valid until ${invite.expiresAt.toISOString()}; older unused ones are revoked:`);
    console.log(invite.link);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(`[admin:invite] ${error.message}`);
  process.exit(1);
});
