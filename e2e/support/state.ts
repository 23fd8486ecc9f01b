import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the e2e server process hands to the test workers: the fresh database and the first-admin link. */
export type E2eState = { databaseUrl: string; bootstrapLink?: string };

const FILE = path.join(process.cwd(), "test-results", "e2e-state.json");

export function writeState(state: E2eState): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(state), { mode: 0o600 });
}

export function readState(): E2eState {
  if (!existsSync(FILE)) throw new Error("e2e state is missing: the web server did not start (see its output above)");
  return JSON.parse(readFileSync(FILE, "utf8")) as E2eState;
}
