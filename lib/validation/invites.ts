import { z } from "zod";
import { idSchema, roleSchema } from "./fields";

export const MAX_USES_LIMIT = 10_000;
export const BATCH_LIMIT = 1_000;

export const createInvitesSchema = z.object({
  role: roleSchema,
  maxUses: z.coerce
    .number({ error: "Enter how many times the invite may be used." })
    .int({ error: "Uses must be a whole number." })
    .min(1, { error: "An invite allows at least 1 use." })
    .max(MAX_USES_LIMIT, { error: `An invite allows at most ${MAX_USES_LIMIT} uses.` }),
  expiresAt: z.coerce.date({ error: "Choose when the invite expires." }),
  note: z
    .string()
    .trim()
    .max(500, { error: "A note has at most 500 characters." })
    .optional()
    .transform((note) => (note ? note : undefined)),
  count: z.coerce
    .number()
    .int({ error: "Quantity must be a whole number." })
    .min(1, { error: "Create at least 1 invite." })
    .max(BATCH_LIMIT, { error: `Create at most ${BATCH_LIMIT} invites at once.` })
    .default(1),
});

export type CreateInvitesInput = z.infer<typeof createInvitesSchema>;

/** Expiry as a person picks it: a preset counted from the moment of saving, or an exact instant. */
export const EXPIRY_PRESETS = { "1h": "1 hour", "1d": "1 day", "7d": "7 days", "30d": "30 days" } as const;
export type ExpiryPreset = keyof typeof EXPIRY_PRESETS;
const expiryChoiceSchema = z.enum(["1h", "1d", "7d", "30d", "custom"], { error: "Choose when the invite expires." });

/*
 * The browser turns the date-time the admin typed (in their own time zone) into an ISO instant before
 * submitting, so the server never has to guess the time zone.
 */
const expiryFields = {
  expiry: expiryChoiceSchema,
  expiresAt: z
    .string()
    .optional()
    .transform((value) => (value ? new Date(value) : undefined))
    .refine((date) => date === undefined || !Number.isNaN(date.getTime()), { error: "Enter a valid date and time." }),
};

function requireCustomDate(value: { expiry: string; expiresAt?: Date }, ctx: z.RefinementCtx) {
  if (value.expiry === "custom" && !value.expiresAt) {
    ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "Choose a date and time, or pick a preset." });
  }
}

/** The create-invites form: the API's fields, with expiry chosen as a preset or a date-time. */
export const createInvitesFormSchema = createInvitesSchema
  .omit({ expiresAt: true })
  .extend(expiryFields)
  .superRefine(requireCustomDate);

export type CreateInvitesFormInput = z.infer<typeof createInvitesFormSchema>;

export const revokeInviteSchema = z.object({
  id: idSchema,
  reason: z.string().trim().max(500, { error: "A reason has at most 500 characters." }).optional(),
});

export const extendInviteSchema = z.object({ id: idSchema, ...expiryFields }).superRefine(requireCustomDate);

export const inviteIdSchema = z.object({ id: idSchema });

export const INVITE_STATES = ["active", "expired", "exhausted", "revoked"] as const;
export const inviteStateSchema = z.enum(INVITE_STATES);
export type InviteState = z.infer<typeof inviteStateSchema>;

/** Sort orders the invite list offers; each is a keyset on (column, id), so paging stays cheap. */
export const INVITE_SORTS = { newest: "Newest first", oldest: "Oldest first", expiring: "Expiring soonest", "expiring-last": "Expiring last" } as const;
export type InviteSort = keyof typeof INVITE_SORTS;

export const listInvitesSchema = z.object({
  state: inviteStateSchema.optional(),
  sort: z.enum(["newest", "oldest", "expiring", "expiring-last"]).default("newest"),
  role: roleSchema.optional(),
  createdById: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListInvitesInput = z.input<typeof listInvitesSchema>;
