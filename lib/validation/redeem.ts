import { z } from "zod";
import { codeInputSchema, emailSchema, nameSchema, passwordSchema } from "./fields";

/** One schema for the redeem form, the redeem server action and POST /api/v1/redeem. */
export const redeemSchema = z.object({
  code: codeInputSchema,
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
});

export type RedeemInput = z.infer<typeof redeemSchema>;
