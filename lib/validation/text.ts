import { z } from "zod";

/*
 * The one rule for text people type. C0 control characters (and DEL) are refused everywhere: PostgreSQL cannot
 * store NUL at all, and the others hide in logs, CSV files and headers. A multi-line field still takes tab and
 * line breaks. Names also refuse the bidirectional embedding, override and isolate controls, which make a name
 * render backwards (or reorder the text around it) in every list it appears in.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAKS = /[\t\n\r]/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

export const CONTROL_MESSAGE = "Remove the control characters (such as NUL) from this text.";
export const LINE_BREAK_MESSAGE = "This field takes a single line: remove tabs and line breaks.";
export const BIDI_MESSAGE = "Remove the text-direction control characters (U+202A–U+202E, U+2066–U+2069).";

export type TextKind = "line" | "multiline" | "name";

/** The first rule a text breaks, or null; the same check the schemas below run. */
export function textProblem(value: string, kind: TextKind): string | null {
  if (CONTROLS.test(value)) return CONTROL_MESSAGE;
  if (kind !== "multiline" && LINE_BREAKS.test(value)) return LINE_BREAK_MESSAGE;
  if (kind === "name" && BIDI_CONTROLS.test(value)) return BIDI_MESSAGE;
  return null;
}

/** Adds the text rule to a string schema, as a field error on that field. */
export function plainText<S extends z.ZodType<string, string>>(schema: S, kind: TextKind): S {
  return schema.superRefine((value, context) => {
    const problem = textProblem(value, kind);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }) as S;
}
