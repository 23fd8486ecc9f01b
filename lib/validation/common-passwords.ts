import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

/*
 * zxcvbn-ts's list of the most common passwords from real breaches (~49,000, lower case). Only entries long
 * enough to pass the length rule can ever match, so only those are kept in memory.
 */
let common: Set<string> | undefined;

export function isCommonPassword(password: string, minLength: number): boolean {
  common ??= new Set(dictionary["passwords-common"].filter((entry) => entry.length >= minLength));
  return common.has(password.toLowerCase());
}
