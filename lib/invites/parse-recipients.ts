import { parse } from "csv-parse/sync";
import { ROLES } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/client";
import { emailSchema } from "@/lib/validation/fields";

export type Recipient = { email: string; name: string | null; role: Role | null };
export type RecipientProblem = { line: number; text: string; message: string };

export const RECIPIENT_LIMIT = 500;

function roleOf(value: string): Role | null | undefined {
  if (!value) return null;
  const upper = value.trim().toUpperCase();
  return (ROLES as readonly string[]).includes(upper) ? (upper as Role) : undefined;
}

/**
 * Addresses as people supply them: pasted (one per line, or several on a line separated by commas, semicolons or
 * spaces), or a CSV file with `email[,name][,role]` and an optional header row. Each address once; every line
 * that is not usable is reported with its number, nothing is silently dropped.
 */
export function parseRecipients(input: string): { recipients: Recipient[]; problems: RecipientProblem[] } {
  let rows: string[][];
  try {
    rows = parse(input, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { recipients: [], problems: [{ line: 0, text: "", message: `This is not readable as CSV: ${(error as Error).message}` }] };
  }
  const recipients = new Map<string, Recipient>();
  const problems: RecipientProblem[] = [];
  rows.forEach((fields, index) => {
    const line = index + 1;
    const text = fields.join(",");
    if (index === 0 && fields[0]?.toLowerCase() === "email") return;
    const looksLikeList = fields.length > 1 && fields.slice(1).every((field) => field === "" || field.includes("@"));
    const entries: [string, string, string][] = looksLikeList || fields.length === 1
      ? fields.flatMap((field) => field.split(/[\s;]+/)).filter(Boolean).map((email) => [email, "", ""])
      : [[fields[0] ?? "", fields[1] ?? "", fields[2] ?? ""]];
    for (const [address, name, roleText] of entries) {
      const email = emailSchema.safeParse(address);
      const role = roleOf(roleText);
      if (!email.success) problems.push({ line, text, message: `"${address}" is not an e-mail address.` });
      else if (role === undefined) problems.push({ line, text, message: `"${roleText}" is not a role (Admin, Editor, Ops or Member).` });
      else if (!recipients.has(email.data)) recipients.set(email.data, { email: email.data, name: name || null, role });
    }
  });
  return { recipients: [...recipients.values()], problems };
}
