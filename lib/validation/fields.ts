import { z } from "zod";
import { ROLES } from "@/lib/auth/policy";
import { checkCode } from "@/lib/invites/code-format";
import { PASSWORD_MIN } from "./password-rules";
import { plainText } from "./text";

export { PASSWORD_MIN };

export const roleSchema = z.enum(ROLES, { error: "Choose one of ADMIN, EDITOR, OPS or MEMBER." });

export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your e-mail address." })
  .max(254, { error: "An e-mail address has at most 254 characters." })
  .pipe(z.email({ error: "Enter an e-mail address like name@example.com." }));

export const nameSchema = plainText(
  z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, { error: "Enter your name." })
    .max(100, { error: "A name has at most 100 characters." }),
  "name",
);

// The shape of a new password; the server adds the common-password check (server-schemas.ts). The upper bound
// keeps one request from costing unbounded hashing work.
export const passwordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, { error: `A password needs at least ${PASSWORD_MIN} characters.` })
  .max(256, { error: "A password has at most 256 characters." });

// A wrong check symbol is a typo: the same pure check the form runs as people type, with no database query.
export const codeInputSchema = z
  .string({ error: "Enter the invite code." })
  .max(200, { error: "That is far too long to be an invite code." })
  .superRefine((input, context) => {
    const checked = checkCode(input);
    if (!checked.ok) context.addIssue({ code: "custom", message: checked.message });
  });

export const idSchema = z.uuid({ error: "That is not a valid id." });
