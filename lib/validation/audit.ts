import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { cursorSchema } from "@/lib/pagination/keyset-cursor";
import { daySchema } from "./dates";
import { plainText } from "./text";

const day = daySchema.optional();

/** Audit log filters; days are whole days in the viewer's time zone, as the page says. */
export const listAuditEventsSchema = z.object({
  actor: plainText(z.string().trim().max(254, { error: "Search for at most 254 characters." }), "line").optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: day,
  to: day,
  cursor: cursorSchema,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListAuditEventsInput = z.input<typeof listAuditEventsSchema>;
