import { z } from "zod";
import { passwordSchema } from "./fields";

export const issuePasswordResetSchema = z.object({ userId: z.uuid({ error: "That is not a valid user id." }) });

export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});
