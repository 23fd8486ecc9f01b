import type { ExpiryPreset } from "@/lib/validation/invites";

const HOUR = 3_600_000;
const PRESET_MS: Record<ExpiryPreset, number> = { "1h": HOUR, "1d": 24 * HOUR, "7d": 7 * 24 * HOUR, "30d": 30 * 24 * HOUR };

/**
 * The instant an expiry choice means: a preset counts from `at` (the server's clock), a custom date is exact.
 * A custom choice without a date means `at`, which every caller refuses as not in the future.
 */
export function resolveExpiry(choice: { expiry: ExpiryPreset | "custom"; expiresAt?: Date }, at: Date): Date {
  if (choice.expiry === "custom") return choice.expiresAt ?? at;
  return new Date(at.getTime() + PRESET_MS[choice.expiry]);
}
