import { z } from "zod";
import { daySchema } from "./dates";

const STAT_RANGES = ["7d", "30d", "90d", "custom"] as const;
const STAT_BUCKETS = ["day", "week"] as const;
const MAX_RANGE_DAYS = 366;

/**
 * A time zone name the runtime accepts (IANA names and their aliases, which browsers report, e.g.
 * Asia/Calcutta); PostgreSQL reads the same tz database. Anything that is not a plain name is refused outright.
 */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const TIME_ZONE_MESSAGE = "That is not a time zone this server knows (use an IANA name like Europe/Berlin).";

/** The shape of a time zone; the server also asks PostgreSQL (server-schemas.ts). */
export const timeZoneSchema = z.string().max(64, { error: TIME_ZONE_MESSAGE }).refine(isTimeZone, { error: TIME_ZONE_MESSAGE });


/** The range of the stats page and GET /api/v1/stats: a preset, or custom days, in the viewer's time zone. */
export const statsQuerySchema = z
  .object({
    range: z.enum(STAT_RANGES).default("30d"),
    from: daySchema.optional(),
    to: daySchema.optional(),
    bucket: z.enum(STAT_BUCKETS).default("day"),
    tz: timeZoneSchema.default("UTC"),
  })
  .superRefine((query, context) => {
    if (query.range !== "custom") return;
    if (!query.from) context.addIssue({ code: "custom", path: ["from"], message: "Choose the first day." });
    if (!query.to) context.addIssue({ code: "custom", path: ["to"], message: "Choose the last day." });
    if (!query.from || !query.to) return;
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (days < 0) context.addIssue({ code: "custom", path: ["to"], message: "The last day comes before the first." });
    if (days >= MAX_RANGE_DAYS) context.addIssue({ code: "custom", path: ["to"], message: `Choose at most ${MAX_RANGE_DAYS} days.` });
  });

export type StatsQueryInput = z.input<typeof statsQuerySchema>;
export type StatsQuery = z.output<typeof statsQuerySchema>;
