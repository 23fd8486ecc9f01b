import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { SECRETS_FILE, SERVER_LOG_DIR } from "./setup/paths";

it("leaves no code, key, token or password the suite created in the database or the servers' logs", () => {
  const secrets = [...new Set(readFileSync(SECRETS_FILE, "utf8").split("\n").filter(Boolean))];
  expect(secrets.length).toBeGreaterThan(10);

  const dump = execFileSync("pg_dump", ["--data-only", "--no-owner", inject("databaseUrl")], { maxBuffer: 1 << 30 }).toString();
  expect(dump).toContain("COPY public.invites");
  const logs = readdirSync(SERVER_LOG_DIR)
    .filter((file) => file.endsWith(".log"))
    .map((file) => readFileSync(path.join(SERVER_LOG_DIR, file), "utf8"))
    .join("\n");
  expect(logs.length).toBeGreaterThan(0);

  const leaked = secrets.filter((secret) => dump.includes(secret) || logs.includes(secret));
  expect(leaked).toEqual([]);
});
