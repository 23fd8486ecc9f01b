"use server";

import { createAction } from "@/lib/action";
import { resetPassword } from "@/lib/password-resets/reset-password";
import { resetPasswordSchema } from "@/lib/validation/password-resets";

export const resetPasswordAction = createAction({ name: "resetPassword", schema: resetPasswordSchema }, async (input, { ip }) =>
  resetPassword({ token: input.token, password: input.password, ip }),
);
