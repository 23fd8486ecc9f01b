"use server";

import { createAction } from "@/lib/action";
import { resetPassword } from "@/lib/password-resets/reset-password";
import { resetPasswordServerSchema } from "@/lib/validation/server-schemas";

export const resetPasswordAction = createAction({ name: "resetPassword", schema: resetPasswordServerSchema }, async (input, { ip }) =>
  resetPassword({ token: input.token, password: input.password, ip }),
);
