import { fileURLToPath } from "node:url";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * Files run in name order, the secrets scan after everything it checks. The jobs file (00) runs first: it spends
 * a minute waiting on retries and expiries, which CI fills by running the benchmark smoke run and the topology
 * suite beside this one. The redeem race (01), the brute-force limit (02) and the PostgreSQL restart (08, which
 * needs a cluster of its own to stop) run through the production topology instead: vitest.topology.config.ts,
 * npm run test:topology.
 */
export class ByName extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    exclude: ["tests/reliability/0[128]-*.test.ts"],
    globalSetup: ["tests/reliability/setup/two-instances.ts"],
    setupFiles: ["tests/reliability/setup/env.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { sequencer: ByName },
  },
});
