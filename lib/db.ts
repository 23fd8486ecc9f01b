import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

type Client = InstanceType<typeof PrismaClient>;

function createClient(): Client {
  const { DATABASE_URL, DB_POOL_SIZE } = env();
  // Under load, requests queue for a pooled connection; they wait as long as a transaction may (below).
  // An unreachable server still fails at once (connection refused), so this does not delay a 503.
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, max: DB_POOL_SIZE, connectionTimeoutMillis: 15_000 },
    // A restarted database drops idle connections; the pool replaces them, and the event is worth a log line.
    { onPoolError: (error) => log.warn("database connection lost", { error: error.message }) },
  );
  return new PrismaClient({
    adapter,
    // The defaults (2 s to start, 5 s to finish) turn a busy moment into errors.
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: Client };

function client(): Client {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const created = createClient();
  // Cached on globalThis in every environment: once per process, and hot reloads in development reuse the pool.
  globalForPrisma.prisma = created;
  return created;
}

/**
 * The one PrismaClient, created on first use rather than on import: `next build` imports route modules
 * without a database or secrets, and must not fail for it.
 */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
