import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date like 2026-11-22." }).optional();

/** Audit log filters; days are whole UTC days, as the page says. */
export const listAuditEventsSchema = z.object({
  actor: z.string().trim().max(254).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: day,
  to: day,
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ListAuditEventsInput = z.input<typeof listAuditEventsSchema>;
