import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { ByName } from "./vitest.reliability.config";

// Read by tests/reliability/setup/paths.ts in this process (the global setup) and in the test workers it starts.
process.env.RELIABILITY_RESULTS_DIR = "test-results/topology";

/**
 * The reliability tests that matter most for scaling out, through the production topology (HAProxy → three
 * instances → PgBouncer → a private PostgreSQL), then the leak scan over all of it: `npm run test:topology`,
 * after `npm run build`.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/reliability/0[1289]-*.test.ts"],
    globalSetup: ["tests/reliability/setup/topology.ts"],
    setupFiles: ["tests/reliability/setup/env.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { sequencer: ByName },
  },
});
