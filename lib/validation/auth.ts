import { z } from "zod";
import { plainText } from "./text";

export const signInSchema = z.object({
  email: plainText(z.string().trim().min(1, { error: "Enter your e-mail address." }).max(254, { error: "An e-mail address has at most 254 characters." }), "line"),
  password: z.string().min(1, { error: "Enter your password." }).max(256, { error: "Passwords have at most 256 characters." }),
  // Not refused here: safeCallbackUrl() drops anything odd (CR/LF, tabs, other hosts) and sign-in goes home instead.
  callbackUrl: z.string().max(500).optional(),
});

export const emptySchema = z.object({});
