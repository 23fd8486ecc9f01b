import { z } from "zod";
import { idSchema, roleSchema } from "./fields";

export const listUsersSchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  status: z.enum(["enabled", "disabled"]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListUsersInput = z.input<typeof listUsersSchema>;

export const changeUserRoleSchema = z.object({ id: idSchema, role: roleSchema });

export const setUserDisabledSchema = z.object({
  id: idSchema,
  disabled: z.enum(["true", "false"], { error: "Say whether to disable or enable." }).transform((value) => value === "true"),
});
