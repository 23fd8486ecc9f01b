import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the e2e server process hands to the test workers: the fresh database and the first-admin link. */
export type E2eState = { databaseUrl: string; bootstrapLink?: string };

/** The app server's NEXTAUTH_SECRET, which the tests share to sign session cookies the way the server does. */
export const E2E_NEXTAUTH_SECRET = "e2e-secret-0123456789-0123456789-0123456789";

const FILE = path.join(process.cwd(), "test-results", "e2e-state.json");

export function writeState(state: E2eState): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(state), { mode: 0o600 });
}

export function readState(): E2eState {
  if (!existsSync(FILE)) throw new Error("e2e state is missing: the web server did not start (see its output above)");
  return JSON.parse(readFileSync(FILE, "utf8")) as E2eState;
}
