import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
export const baseURL = `http://localhost:${PORT}`;

/*
 * Playwright cannot download its browsers here; Debian's work with these flags. Its headless shell (package
 * chromium-headless-shell, what Playwright itself runs headless) is preferred: the suite is bound by the
 * browser's CPU on two cores, and the shell took a fifth less of it than the full browser.
 */
const chromium = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Tests make their own users and invites, so any test can run beside any other.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Journeys take 20–40 s on a busy two-core machine; the limit only has to catch a hang.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL,
    // Recording a trace of every test, kept only for failures, took 40 % of the suite's time on two cores. CI
    // prints each failure's error and call log; locally a failing test keeps its trace (or: --trace on).
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `npx tsx --conditions=react-server e2e/support/serve.ts`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The test runner loads server modules (NODE_OPTIONS in npm run test:e2e); the app server must not.
    env: { PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
  },
});
