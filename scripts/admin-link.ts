import { chmod, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BootstrapLink } from "@/lib/users/bootstrap-first-admin";

export const FIRST_ADMIN_LINK_FILE = "first-admin-link.txt";

/**
 * A live ADMIN invite link is a secret, so it never goes into a log: on a terminal it is printed for the person
 * at the keyboard; otherwise (a service manager, a container, CI) it is written to a file only its owner can
 * read, and only that file's path is printed.
 */
export async function announceFirstAdminLink(bootstrap: BootstrapLink, dataDir: string): Promise<void> {
  const intro = `No administrator yet. Open this one-time link to create the first admin account (valid until ${bootstrap.expiresAt.toISOString()}).`;
  if (process.stdout.isTTY) {
    console.log(`\n  ${intro}\n\n    ${bootstrap.link}\n`);
    return;
  }
  const file = path.join(dataDir, FIRST_ADMIN_LINK_FILE);
  await writeFile(file, `${bootstrap.link}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  console.log(`[start] ${intro} The link is in ${file} (readable only by this user); \`npm run admin:invite\` prints a fresh one.`);
}
