import "server-only";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const booleanFlagOn = z
  .enum(["true", "false", "1", "0", ""])
  .default("true")
  .transform((value) => value !== "false" && value !== "0");

const envSchema = z.object({
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgresql:// URL (npm start sets one for the embedded database)" }),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL must be the app's public URL, e.g. http://localhost:3000" }).default("http://localhost:3000"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is missing: set it to 32+ random characters (npm start generates one under .data/)" })
    .min(32, { error: "NEXTAUTH_SECRET must be at least 32 characters" }),
  TRUST_PROXY: booleanFlag,
  METRICS_TOKEN: z.string().min(16, { error: "METRICS_TOKEN must be at least 16 characters" }).optional(),
  SESSION_MAX_HOURS: z.coerce
    .number({ error: "SESSION_MAX_HOURS must be a number of hours" })
    .positive({ error: "SESSION_MAX_HOURS must be more than 0" })
    .max(24 * 30, { error: "SESSION_MAX_HOURS may be at most 720 (30 days)" })
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: "SESSION_IDLE_MINUTES must be a number of minutes" })
    .positive({ error: "SESSION_IDLE_MINUTES must be more than 0" })
    .max(24 * 60, { error: "SESSION_IDLE_MINUTES may be at most 1440 (a day)" })
    .default(30),
  INVITE_MAX_DAYS: z.coerce
    .number({ error: "INVITE_MAX_DAYS must be a whole number of days" })
    .int({ error: "INVITE_MAX_DAYS must be a whole number of days" })
    .min(1, { error: "INVITE_MAX_DAYS must be at least 1" })
    .max(3650, { error: "INVITE_MAX_DAYS may be at most 3650 (ten years)" })
    .default(365),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3, { error: "MAIL_FROM must be an address, e.g. Invites <invites@example.com>" }).default("Invites <invites@localhost>"),
  RUN_WORKERS: booleanFlagOn,
  JOBS_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(3),
  WEBHOOKS_ALLOW_PRIVATE: booleanFlag,
  // Single sign-on: a generic OpenID Connect provider, and the GitHub and Google presets, each on when its
  // variables are set (README, "Single sign-on").
  OIDC_ISSUER: z.url({ error: "OIDC_ISSUER must be the provider's issuer URL, e.g. https://id.example.com/realms/main" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(60).default("Single sign-on"),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
}).superRefine((value, context) => {
  const groups = [["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"], ["GITHUB_ID", "GITHUB_SECRET"], ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"]] as const;
  for (const group of groups) {
    const set = group.filter((name) => value[name] !== undefined);
    if (set.length > 0 && set.length < group.length) {
      const missing = group.filter((name) => value[name] === undefined);
      context.addIssue({ code: "custom", path: [missing[0]!], message: `${missing.join(" and ")} must be set too: ${set.join(", ")} ${set.length === 1 ? "is" : "are"} set` });
    }
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed once; every missing or malformed variable is named in one error so a deploy fails with a clear message. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
