import path from "node:path";

/** The servers' logs and the secrets list; the topology suite has a folder of its own, so both can run at once. */
export const SERVER_LOG_DIR = path.join(process.cwd(), process.env.RELIABILITY_RESULTS_DIR ?? "test-results/reliability");
/** Every secret the suite creates (codes, passwords, keys, tokens), one per line, for the final leak scan. */
export const SECRETS_FILE = path.join(SERVER_LOG_DIR, "secrets.txt");

/** The SMTP server the mail tests run in the test process; the instances and workers are configured with it. */
export const RELIABILITY_SMTP_PORT = Number(process.env.RELIABILITY_SMTP_PORT ?? 2550);
