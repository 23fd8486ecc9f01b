import { z } from "zod";
import { cursorSchema } from "@/lib/pagination/keyset-cursor";
import { idSchema, roleSchema } from "./fields";
import { plainText } from "./text";

export const listUsersSchema = z.object({
  q: plainText(z.string().trim().max(100, { error: "Search for at most 100 characters." }), "line").optional(),
  role: roleSchema.optional(),
  status: z.enum(["enabled", "disabled"]).optional(),
  cursor: cursorSchema,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListUsersInput = z.input<typeof listUsersSchema>;

export const changeUserRoleSchema = z.object({ id: idSchema, role: roleSchema });

export const setUserDisabledSchema = z.object({
  id: idSchema,
  disabled: z.enum(["true", "false"], { error: "Say whether to disable or enable." }).transform((value) => value === "true"),
});

export const disableBranchSchema = z.object({
  id: idSchema,
  // A checkbox: present ("on") when every account below should be disabled too.
  descendants: z.enum(["on", "true", "false"]).optional().transform((value) => value === "on" || value === "true"),
});

export const inviteTreeQuerySchema = z.object({ q: z.string().trim().max(100).optional().catch(undefined) });

/** An ADMIN's change to one person's member invites: their own quota (empty: the site's), or the privilege taken away. */
export const setMemberInvitesSchema = z.object({
  id: idSchema,
  quota: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const quota = Number(value);
      if (!Number.isInteger(quota) || quota < 0 || quota > 1000) {
        context.addIssue({ code: "custom", message: "Enter a whole number from 0 to 1000, or leave it empty for the site's quota." });
        return z.NEVER;
      }
      return quota;
    }),
  blocked: z.enum(["on", "true", "false"]).optional().transform((value) => value === "on" || value === "true"),
});

/** Creating a member invite needs no input: the role, uses and expiry are fixed. */
export const createMemberInviteSchema = z.object({});
