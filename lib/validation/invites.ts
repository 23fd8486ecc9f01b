import { z } from "zod";
import { cursorSchema } from "@/lib/pagination/keyset-cursor";
import { inSaneYears, YEAR_MESSAGE } from "./dates";
import { emailSchema, idSchema, roleSchema } from "./fields";
import { emailDomainSchema } from "./settings";
import { isTimeZone } from "./stats";
import { plainText } from "./text";

export const MAX_USES_LIMIT = 10_000;
const EMAIL_INVITE_LIMIT = 500;

/** A checkbox from a form ("on") or a boolean from the API. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()).default(false);

const personalMessage = plainText(z.string().trim().max(1000, { error: "A personal message has at most 1000 characters." }), "multiline")
  .optional()
  .transform((message) => message || null);
export const BATCH_LIMIT = 1_000;

export const createInvitesSchema = z.object({
  role: roleSchema,
  maxUses: z.coerce
    .number({ error: "Enter how many times the invite may be used." })
    .int({ error: "Uses must be a whole number." })
    .min(1, { error: "An invite allows at least 1 use." })
    .max(MAX_USES_LIMIT, { error: `An invite allows at most ${MAX_USES_LIMIT} uses.` }),
  expiresAt: z.coerce.date({ error: "Choose when the invite expires." }).refine(inSaneYears, { error: YEAR_MESSAGE }),
  note: plainText(z.string().trim().max(500, { error: "A note has at most 500 characters." }), "line")
    .optional()
    .transform((note) => (note ? note : undefined)),
  count: z.coerce
    .number()
    .int({ error: "Quantity must be a whole number." })
    .min(1, { error: "Create at least 1 invite." })
    .max(BATCH_LIMIT, { error: `Create at most ${BATCH_LIMIT} invites at once.` })
    .default(1),
  allowedDomains: z
    .preprocess(
      (value) => (typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : value),
      z.array(emailDomainSchema).max(50, { error: "List at most 50 domains." }),
    )
    .optional()
    .transform((domains) => [...new Set(domains ?? [])]),
  needsApproval: checkbox,
});

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
  // The creator's time zone: presets count calendar days there. A zone the server does not know counts as UTC.
  tz: z.string().max(64).optional().transform((tz) => (tz && isTimeZone(tz) ? tz : "UTC")),
  expiresAt: z
    .string()
    .optional()
    .transform((value) => (value ? new Date(value) : undefined))
    .refine((date) => date === undefined || !Number.isNaN(date.getTime()), { error: "Enter a valid date and time." })
    .refine((date) => date === undefined || Number.isNaN(date.getTime()) || inSaneYears(date), { error: YEAR_MESSAGE }),
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
  reason: plainText(z.string().trim().max(500, { error: "A reason has at most 500 characters." }), "line").optional(),
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
  batchId: z.uuid().optional(),
  q: plainText(z.string().trim().max(100, { error: "Search for at most 100 characters." }), "line").optional(),
  cursor: cursorSchema,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListInvitesInput = z.input<typeof listInvitesSchema>;

/** Invites chosen in the list for one bulk change: at most one page of them. */
const selectedIds = z.array(idSchema).min(1, { error: "Select at least one invite." }).max(200, { error: "Select at most 200 invites at once." });

export const revokeInvitesSchema = z.object({
  ids: selectedIds,
  reason: z.string().trim().max(500, { error: "A reason has at most 500 characters." }).optional(),
});

export const extendInvitesSchema = z.object({ ids: selectedIds, ...expiryFields }).superRefine(requireCustomDate);

export const revokeBatchSchema = z.object({
  batchId: idSchema,
  reason: z.string().trim().max(500, { error: "A reason has at most 500 characters." }).optional(),
});

/** The e-mail invite form: addresses pasted or read from a CSV file (`email[,name][,role]`), one invite each. */
export const emailInvitesFormSchema = z
  .object({
    addresses: z
      .string({ error: "Enter at least one e-mail address." })
      .trim()
      .min(3, { error: "Enter at least one e-mail address." })
      .max(200_000, { error: "That list is too long: send at most 500 invitations at once." }),
    role: roleSchema,
    message: personalMessage,
    note: plainText(z.string().trim().max(500, { error: "A note has at most 500 characters." }), "line").optional().transform((note) => note || null),
    needsApproval: checkbox,
    ...expiryFields,
  })
  .superRefine(requireCustomDate);

/** The API's e-mail invites: `emails` as addresses or `{ email, name?, role? }`, the rest as for any invite. */
const apiEmailRecipientSchema = z.union([
  emailSchema,
  z.object({ email: emailSchema, name: plainText(z.string().trim().max(100, { error: "A name has at most 100 characters." }), "name").optional(), role: roleSchema.optional() }),
]);
export const apiEmailInvitesSchema = z.object({
  emails: z.array(apiEmailRecipientSchema).min(1, { error: "List at least one address." }).max(EMAIL_INVITE_LIMIT, { error: `Send at most ${EMAIL_INVITE_LIMIT} invitations at once.` }),
  role: roleSchema,
  expiresAt: z.coerce.date({ error: "Choose when the invites expire." }),
  message: personalMessage,
  note: plainText(z.string().trim().max(500, { error: "A note has at most 500 characters." }), "line").optional().transform((note) => note || null),
  needsApproval: checkbox,
});

export const resendInviteSchema = z.object({ id: idSchema });
