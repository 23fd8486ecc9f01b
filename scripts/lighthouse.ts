import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { createTestDatabase } from "@/tests/support/test-database";

/*
 * `npm run lighthouse`: Lighthouse (desktop preset) on the invite landing page, /redeem, /login and the admin
 * dashboard of a production build (`npm start`), against a fresh local database, with Debian's chromium. Prints
 * the scores and fails when one is under its target. The admin page is read with a real session cookie.
 */
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const BASE = `http://localhost:${PORT}`;
const SECRET = "lighthouse-secret-0123456789-0123456789-0123";
const TARGETS = { performance: 90, accessibility: 95, "best-practices": 95 } as const;
const CHROME = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the server did not answer on ${BASE} within four minutes`);
}

const database = await createTestDatabase("lighthouse");
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET = SECRET;
const server = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
  env: { ...process.env, PORT: String(PORT), NEXTAUTH_URL: BASE, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});

let failed = false;
try {
  await waitForHealth();
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  const { createInvites } = await import("@/lib/invites/create-invites");
  const { sessionCookie } = await import("@/tests/support/session-cookie");
  const admin = await db.user.create({ data: { email: "lighthouse@example.test", name: "Lighthouse Admin", role: "ADMIN", passwordHash: await hashPassword("lighthouse password long enough") } });
  const batch = await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 7 * 86_400_000), note: "lighthouse", count: 5, createdById: admin.id });
  const cookie = await sessionCookie(admin);

  const pages: [string, string, Record<string, string>?][] = [
    ["/invite/<code>", `/invite/${batch.invites[0]!.display}`],
    ["/redeem", "/redeem"],
    ["/login", "/login"],
    ["/admin", "/admin", { Cookie: cookie }],
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    console.log(`| page | performance | accessibility | best practices |\n|---|---|---|---|`);
    for (const [label, path, extraHeaders] of pages) {
      // One warm-up request so the first measured load is not the server compiling nothing but waking up.
      await fetch(`${BASE}${path}`, { headers: extraHeaders });
      const result = await lighthouse(
        `${BASE}${path}`,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: Object.keys(TARGETS), extraHeaders },
        desktopConfig,
      );
      const categories = result!.lhr.categories;
      const scores = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)])) as Record<keyof typeof TARGETS, number>;
      console.log(`| ${label} | ${scores.performance} | ${scores.accessibility} | ${scores["best-practices"]} |`);
      for (const [key, target] of Object.entries(TARGETS) as [keyof typeof TARGETS, number][]) {
        if (scores[key] < target) {
          failed = true;
          const audits = Object.values(result!.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && categories[key]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
          console.error(`  ${label}: ${key} ${scores[key]} < ${target}; ${audits.map((audit) => audit.id).join(", ")}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  await db.$disconnect();
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await database.drop();
}
process.exit(failed ? 1 : 0);
