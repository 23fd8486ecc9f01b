import { appendFileSync } from "node:fs";
import { SECRETS_FILE } from "./paths";

/** Notes a secret the suite created, so the last test can prove it never reached the database or the logs. */
export function rememberSecret(...secrets: string[]): void {
  appendFileSync(SECRETS_FILE, secrets.map((secret) => `${secret}\n`).join(""));
}
