import { z } from "zod";

/*
 * Dates people and clients send are bounded to years that mean something here. JavaScript accepts instants up
 * to the year 275760 and PostgreSQL's date arithmetic goes further still, but the database driver cannot read
 * five-digit years back and nothing in this product needs them.
 */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
export const YEAR_MESSAGE = `Choose a date between the years ${MIN_YEAR} and ${MAX_YEAR}.`;

export function inSaneYears(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A calendar day (YYYY-MM-DD) within the sane years. */
export const daySchema = z.iso
  .date({ error: "Use a date like 2026-01-31." })
  .refine((day) => inSaneYears(new Date(`${day}T00:00:00Z`)), { error: YEAR_MESSAGE });

/** An instant (ISO 8601 with an offset) within the sane years. */
export const instantSchema = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 time like 2026-01-31T00:00:00Z." })
  .refine((value) => inSaneYears(new Date(value)), { error: YEAR_MESSAGE });
