"use server";

import { createAction } from "@/lib/action";
import { env } from "@/lib/env";
import { issuePasswordReset } from "@/lib/password-resets/issue-password-reset";
import { ok } from "@/lib/result";
import { issuePasswordResetSchema } from "@/lib/validation/password-resets";

export const issueResetLinkAction = createAction(
  { name: "issueResetLink", schema: issuePasswordResetSchema },
  async (input, { user }) => {
    const result = await issuePasswordReset(input.userId, user);
    if (!result.ok) return result;
    return ok({ url: new URL(`/reset/${result.data.token}`, env().NEXTAUTH_URL).toString(), expiresAt: result.data.expiresAt, email: result.data.email });
  },
);
