import "server-only";
import { isPostgresTimeZone } from "@/lib/stats/time-zones";
import { changePasswordSchema } from "./account";
import { isCommonPassword } from "./common-passwords";
import { PASSWORD_MIN, passwordSchema } from "./fields";
import { resetPasswordSchema } from "./password-resets";
import { redeemSchema } from "./redeem";
import { statsQuerySchema, timeZoneSchema, TIME_ZONE_MESSAGE } from "./stats";

/*
 * The checks that need what only the server has: the common-password list (hundreds of kilobytes that must never
 * reach a browser) and PostgreSQL's time zones. Forms import the shapes from the shared modules; actions, routes
 * and domain functions parse with these. Some refinements are asynchronous: parse with safeParseAsync.
 */
export const strongPasswordSchema = passwordSchema.refine((password) => password.length < PASSWORD_MIN || !isCommonPassword(password, PASSWORD_MIN), {
  error: "This password is on a list of commonly used passwords. Choose another, or use a suggested one.",
});

export const redeemServerSchema = redeemSchema.extend({ password: strongPasswordSchema });
export const changePasswordServerSchema = changePasswordSchema.extend({ newPassword: strongPasswordSchema });
export const resetPasswordServerSchema = resetPasswordSchema.extend({ password: strongPasswordSchema });

export const serverTimeZoneSchema = timeZoneSchema.refine(isPostgresTimeZone, { error: TIME_ZONE_MESSAGE });

export const statsQueryServerSchema = statsQuerySchema.superRefine(async (query, context) => {
  if (!(await isPostgresTimeZone(query.tz))) context.addIssue({ code: "custom", path: ["tz"], message: TIME_ZONE_MESSAGE });
});
