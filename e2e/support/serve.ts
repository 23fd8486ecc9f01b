import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createTestDatabase } from "@/tests/support/test-database";
import { E2E_SMTP_PORT } from "./mail";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, startOidcProvider } from "./oidc-provider";
import { E2E_NEXTAUTH_SECRET, writeState } from "./state";

/*
 * Playwright's web server: a fresh local database, then the real `npm start` path (migrations, first-admin
 * bootstrap, production build when missing, next start). The first-admin link it writes is handed to the tests.
 */
const database = await createTestDatabase("e2e");
console.log(`[e2e] database: ${database.source}`);
writeState({ databaseUrl: database.url });

// The test identity provider, on its own port (OIDC_TEST_PORT); the app is configured for it like any OIDC issuer.
const appUrl = `http://localhost:${process.env.PORT ?? 3000}`;
const oidc = await startOidcProvider({ port: Number(process.env.OIDC_TEST_PORT ?? 4250), appUrl });
console.log(`[e2e] OpenID provider: ${oidc.issuer}`);

const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
    // Mail goes to the spec's own SMTP server; webhooks may reach the spec's receiver on loopback.
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    WEBHOOKS_ALLOW_PRIVATE: "true",
    NEXTAUTH_URL: appUrl,
    OIDC_ISSUER: oidc.issuer,
    OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET,
    OIDC_NAME: "Test ID",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  // Not on a terminal, npm start writes the first-admin link to a private file and prints only its path.
  const file = text.match(/The link is in (\S+) \(/)?.[1];
  if (file) writeState({ databaseUrl: database.url, bootstrapLink: readFileSync(file, "utf8").trim() });
});

const stop = () => {
  server.kill("SIGTERM");
  void oidc.stop();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => void oidc.stop().finally(() => process.exit(code ?? 0)));
