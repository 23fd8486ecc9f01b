import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { instantSchema } from "./dates";
import { listInvitesSchema } from "./invites";

/** Instants (ISO 8601) bounding an export; the stats page passes its range's start and end. */
const instant = instantSchema;

export const exportInvitesSchema = listInvitesSchema.omit({ cursor: true, limit: true });
export type ExportInvitesFilter = z.input<typeof exportInvitesSchema>;

export const exportRedemptionsSchema = z.object({
  from: instant.optional(),
  to: instant.optional(),
  inviteId: z.uuid().optional(),
  batchId: z.uuid().optional(),
});
export type ExportRedemptionsFilter = z.output<typeof exportRedemptionsSchema>;

export const exportAuditSchema = z.object({
  from: instant.optional(),
  to: instant.optional(),
  action: z.enum(AUDIT_ACTIONS, { error: "Choose one of the audit log's actions." }).optional(),
  actorId: z.uuid().optional(),
});
export type ExportAuditFilter = z.output<typeof exportAuditSchema>;
