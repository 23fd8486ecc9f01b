import type { z } from "zod";

/** A zod error as one message per form field (the first), keyed by field name; "form" for the whole form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "form"] ??= issue.message;
  return fields;
}
