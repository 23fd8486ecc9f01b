import { z } from "zod";
import { plainText } from "./text";

export const API_SCOPES = ["stats:read", "invites:read", "invites:write", "requests:read", "requests:write", "webhooks:manage"] as const;
const apiScopeSchema = z.enum(API_SCOPES, { error: `Choose from ${API_SCOPES.join(", ")}.` });
export type ApiScope = z.infer<typeof apiScopeSchema>;

export const MAX_KEY_DAYS = 3650;

/** A checkbox group arrives as one string or several; both become an array. */
const scopesField = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(apiScopeSchema).min(1, { error: "Choose at least one scope." }),
);

export const createApiKeySchema = z.object({
  name: plainText(
    z
      .string({ error: "Name the key after what will use it." })
      .trim()
      .min(1, { error: "Name the key after what will use it." })
      .max(100, { error: "A key name has at most 100 characters." }),
    "name",
  ),
  scopes: scopesField,
  expiresInDays: z
    .union([z.literal(""), z.coerce.number().int({ error: "Days must be a whole number." }).min(1, { error: "At least 1 day." }).max(MAX_KEY_DAYS, { error: `At most ${MAX_KEY_DAYS} days.` })])
    .optional()
    .transform((days) => (typeof days === "number" ? days : undefined)),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.uuid({ error: "That is not a valid key id." }) });
