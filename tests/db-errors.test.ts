import { PrismaPg } from "@prisma/adapter-pg";
import { expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { PrismaClient } from "@/lib/generated/prisma/client";

it("recognises an unreachable database, and not an ordinary failure", async () => {
  const offline = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@localhost:1/none", connectionTimeoutMillis: 2_000 }) });
  const failures = await Promise.all([
    offline.user.findFirst().catch((error: unknown) => error),
    offline.$queryRaw`SELECT 1`.catch((error: unknown) => error),
    offline.$transaction(async (tx) => tx.user.count()).catch((error: unknown) => error),
  ]);
  for (const failure of failures) expect(isDatabaseUnavailable(failure)).toBe(true);
  await offline.$disconnect();

  // Every pooled connection busy for the whole wait: overloaded, so 503 and try again, not 500.
  const busy = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 1_500 }) });
  const [holding, waiting] = await Promise.allSettled([busy.$queryRaw`SELECT 1 AS one FROM pg_sleep(3)`, busy.$queryRaw`SELECT 1`]);
  expect(holding.status).toBe("fulfilled");
  expect(waiting.status === "rejected" && isDatabaseUnavailable(waiting.reason)).toBe(true);
  await busy.$disconnect();

  expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
  expect(isDatabaseUnavailable(new TypeError("x is not a function"))).toBe(false);
});
