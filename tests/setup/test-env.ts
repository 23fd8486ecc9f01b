import { inject } from "vitest";

// Set before any test imports lib/db, which reads the environment on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-zod-0123456789";
process.env.DB_POOL_SIZE = String(inject("poolSize"));
