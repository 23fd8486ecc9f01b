import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createTestDatabase } from "@/tests/support/test-database";
import { writeState } from "./state";

/*
 * Playwright's web server: a fresh local database, then the real `npm start` path (migrations, first-admin
 * bootstrap, production build when missing, next start). The first-admin link it writes is handed to the tests.
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
  process.stdout.write(text);
  // Not on a terminal, npm start writes the first-admin link to a private file and prints only its path.
  const file = text.match(/The link is in (\S+) \(/)?.[1];
  if (file) writeState({ databaseUrl: database.url, bootstrapLink: readFileSync(file, "utf8").trim() });
});

const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
