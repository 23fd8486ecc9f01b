import "server-only";
import { db } from "@/lib/db";

/*
 * Stats ranges are computed by PostgreSQL (`AT TIME ZONE`), so a time zone must be one PostgreSQL knows, not
 * merely one JavaScript accepts (JavaScript takes retired aliases such as US/Pacific-New). The list changes only
 * with the server's tz database: read once per process. PostgreSQL matches names without regard to case.
 */
let known: Promise<Set<string>> | undefined;

function loadTimeZones(): Promise<Set<string>> {
  return db.$queryRaw<{ name: string }[]>`SELECT name FROM pg_timezone_names`.then(
    (rows) => new Set(rows.map((row) => row.name.toLowerCase())),
  );
}

export async function isPostgresTimeZone(tz: string): Promise<boolean> {
  known ??= loadTimeZones().catch((error: unknown) => {
    known = undefined;
    throw error;
  });
  return (await known).has(tz.toLowerCase());
}
