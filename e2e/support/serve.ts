import { spawn } from "node:child_process";
import { createTestDatabase } from "@/tests/support/test-database";
import { writeState } from "./state";

/*
 * Playwright's web server: a fresh local database, then the real `npm start` path (migrations, first-admin
 * bootstrap, production build when missing, next start). The first-admin link it prints is handed to the tests.
 */
const database = await createTestDatabase("e2e");
console.log(`[e2e] database: ${database.source}`);
writeState({ databaseUrl: database.url });

const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "e2e-secret-0123456789-0123456789-0123456789" },
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  const link = text.match(/https?:\/\/\S+\/invite\/[0-9A-Z]+/)?.[0];
  if (link) writeState({ databaseUrl: database.url, bootstrapLink: link });
  // The link is a live ADMIN invite: keep it out of the CI log.
  process.stdout.write(link ? text.replaceAll(link, "[first-admin link handed to the tests]") : text);
});

const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
