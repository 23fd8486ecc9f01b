import { z } from "zod";
import { idSchema, passwordSchema } from "./fields";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(256),
  newPassword: passwordSchema,
});

export const endSessionSchema = z.object({ sessionId: idSchema });
