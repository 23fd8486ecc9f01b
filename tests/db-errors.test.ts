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

  expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
  expect(isDatabaseUnavailable(new TypeError("x is not a function"))).toBe(false);
});
