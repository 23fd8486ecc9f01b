import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { TEST_WORKERS } from "./tests/setup/test-workers";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // The reliability suite drives production servers and restarts PostgreSQL: npm run test:reliability.
    exclude: ["tests/reliability/**", "node_modules/**"],
    globalSetup: ["tests/setup/global-database.ts"],
    setupFiles: ["tests/setup/test-env.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: TEST_WORKERS,
    // Worker threads start faster than forked processes: the suite took 109 s instead of 131 s.
    pool: "threads",
  },
});
