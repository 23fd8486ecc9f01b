import { z } from "zod";
import { roleSchema } from "./fields";

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

export const INVITE_STATES = ["active", "expired", "exhausted", "revoked"] as const;
export const inviteStateSchema = z.enum(INVITE_STATES);
export type InviteState = z.infer<typeof inviteStateSchema>;

export const listInvitesSchema = z.object({
  state: inviteStateSchema.optional(),
  role: roleSchema.optional(),
  createdById: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListInvitesInput = z.input<typeof listInvitesSchema>;
