import { z } from "zod";
import { emailSchema, idSchema, nameSchema, roleSchema } from "./fields";
import { plainText } from "./text";

export const requestInviteSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  reason: plainText(z.string().trim().max(1000, { error: "A reason has at most 1000 characters." }), "multiline")
    .optional()
    .transform((reason) => reason || null),
});
export type RequestInviteInput = z.infer<typeof requestInviteSchema>;

const REQUEST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const confirmRequestSchema = z.object({ token: z.string().regex(REQUEST_TOKEN_PATTERN, { error: "This confirmation link is not valid." }) });

/** Forms send one id or several (checkboxes); the API sends an array. */
const requestIds = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(idSchema).min(1, { error: "Select at least one request." }).max(200, { error: "Select at most 200 requests at once." }),
);

export const approveRequestsSchema = z.object({
  ids: requestIds,
  role: roleSchema,
  days: z.coerce.number().int().min(1, { error: "An invite lasts at least 1 day." }).max(365, { error: "An invite lasts at most 365 days." }).default(7),
});
export type ApproveRequestsInput = z.infer<typeof approveRequestsSchema>;

export const rejectRequestsSchema = z.object({
  ids: requestIds,
  message: plainText(z.string().trim().max(1000, { error: "A message has at most 1000 characters." }), "multiline")
    .optional()
    .transform((message) => message || null),
});
export type RejectRequestsInput = z.infer<typeof rejectRequestsSchema>;

export const REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED", "UNCONFIRMED"] as const;
export const listRequestsSchema = z.object({ status: z.enum(REQUEST_STATUSES).default("PENDING") });

export const pendingUserSchema = z.object({ id: idSchema });
