import { z } from "zod";
import { codeInputSchema, emailSchema, nameSchema, passwordSchema } from "./fields";

/** One schema for the redeem form, the redeem server action and POST /api/v1/redeem. */
export const redeemSchema = z.object({
  code: codeInputSchema,
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
});

/** POST /api/v1/invites/check: a code to look at without redeeming it. */
export const checkInviteSchema = z.object({ code: codeInputSchema });

/** Redeeming into the signed-in account: only the code, the account is the session's. */
export const redeemIntoAccountSchema = z.object({ code: codeInputSchema });
