import { addCalendarDays } from "@/lib/time-zone/calendar";
import type { ExpiryPreset } from "@/lib/validation/invites";

const HOUR = 3_600_000;
const PRESET_DAYS: Record<Exclude<ExpiryPreset, "1h">, number> = { "1d": 1, "7d": 7, "30d": 30 };

/**
 * The instant an expiry choice means. Presets count from `at` (the server's clock): "1 hour" is an hour, and
 * "7 days" is seven calendar days in the creator's time zone at the same local time of day. A custom date is
 * exact; a custom choice without a date means `at`, which every caller refuses as not in the future.
 */
export function resolveExpiry(choice: { expiry: ExpiryPreset | "custom"; expiresAt?: Date; tz?: string }, at: Date): Date {
  if (choice.expiry === "custom") return choice.expiresAt ?? at;
  if (choice.expiry === "1h") return new Date(at.getTime() + HOUR);
  return addCalendarDays(at, PRESET_DAYS[choice.expiry], choice.tz ?? "UTC");
}
