"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { beginSso, beginSsoLink, redeemPendingIdentity } from "@/lib/auth/sso-sign-in";
import { unlinkIdentity } from "@/lib/users/identities";
import { identityCodeSchema, providerChoiceSchema, startSsoSchema } from "@/lib/validation/sso";

export const startSsoAction = createAction({ name: "startSso", schema: startSsoSchema }, async (input) => beginSso(input));

export const startSsoLinkAction = createAction({ name: "startSsoLink", schema: providerChoiceSchema }, async (input, { user }) =>
  beginSsoLink({ provider: input.provider, user }),
);

export const unlinkIdentityAction = createAction({ name: "unlinkIdentity", schema: providerChoiceSchema }, async (input, { user }) => {
  const result = await unlinkIdentity({ actor: user, provider: input.provider });
  if (result.ok) revalidatePath("/account");
  return result;
});

export const redeemWithIdentityAction = createAction({ name: "redeemWithIdentity", schema: identityCodeSchema }, async (input) => {
  const result = await redeemPendingIdentity(input.code);
  if (!result.ok) return result;
  redirect(result.data);
});
