import { inject } from "vitest";

// Set before any test imports lib/db, which reads the environment on first use. VITEST_POOL_ID numbers the
// workers from 1, so each worker keeps to its own database.
process.env.DATABASE_URL = inject("databaseUrls")[Number(process.env.VITEST_POOL_ID ?? "1") - 1];
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-zod-0123456789";
process.env.DB_POOL_SIZE = String(inject("poolSize"));
