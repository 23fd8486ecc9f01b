import "server-only";
import { cookies } from "next/headers";
import { isPostgresTimeZone } from "@/lib/stats/time-zones";
import { isTimeZone } from "@/lib/validation/stats";
import { TIME_ZONE_COOKIE } from "./time-zone-cookie";

/**
 * The viewer's time zone as their browser reported it in a cookie, so the server renders times and days in it
 * from the first paint. UTC before the browser has said (the very first visit), and for a zone that the
 * database, which counts the days, does not know — or cannot be asked about right now.
 */
export async function viewerTimeZone(): Promise<string> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  if (!value || !isTimeZone(value)) return "UTC";
  return (await isPostgresTimeZone(value).catch(() => false)) ? value : "UTC";
}
