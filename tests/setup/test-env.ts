import { inject } from "vitest";

// Set before any test imports lib/db, which reads the environment on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-zod-0123456789";
// Wide enough that the concurrency tests really race on separate connections.
process.env.DB_POOL_SIZE ??= "40";
