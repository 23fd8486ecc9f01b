import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, { error: "Enter your e-mail address." }),
  password: z.string().min(1, { error: "Enter your password." }).max(256, { error: "Passwords have at most 256 characters." }),
  callbackUrl: z.string().max(500).optional(),
});

export const emptySchema = z.object({});
