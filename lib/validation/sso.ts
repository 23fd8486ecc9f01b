import { z } from "zod";
import { codeInputSchema } from "./fields";

const providerSchema = z.string({ error: "Choose a sign-in provider." }).trim().min(1, { error: "Choose a sign-in provider." }).max(40);

/** Before the round trip to a provider: which one, and an invite code when the visitor came from an invite. */
export const startSsoSchema = z.object({
  provider: providerSchema,
  code: codeInputSchema.optional(),
  callbackUrl: z.string().max(2000).optional(),
});

export const providerChoiceSchema = z.object({ provider: providerSchema });

/** The invite-only page: the code for the identity the provider just vouched for. */
export const identityCodeSchema = z.object({ code: codeInputSchema });
