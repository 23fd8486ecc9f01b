"use client";

import { Ban, CalendarClock } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { ExpiryPicker } from "@/components/expiry-picker";
import { FieldError } from "@/components/field";
import { LocalTime } from "@/components/local-time";
import { DeliveryBadge } from "@/components/delivery-badge";
import { StateBadge } from "@/components/state-badge";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Textarea } from "@/components/ui/textarea";
import type { BulkOutcome } from "@/lib/invites/change-invites";
import type { InviteState } from "@/lib/validation/invites";
import { extendInvitesAction, revokeInvitesAction } from "./actions";

export type InviteRow = {
  id: string;
  prefix: string;
  role: string;
  uses: number;
  maxUses: number;
  state: InviteState;
  expiresAt: string;
  createdAt: string;
  note: string | null;
  batchId: string | null;
  creator: string | null;
  /** For an e-mail invite: its address and the latest mail's delivery state. */
  delivery: { to: string; status: MailStatus; lastError: string | null } | null;
  bootstrap: boolean;
};

type SortHeader = { label: string; href: string; sort: "ascending" | "descending" | undefined };

function outcomeText(verb: string, outcome: BulkOutcome): string {
  const changed = `${verb} ${outcome.changed} invite${outcome.changed === 1 ? "" : "s"}`;
  if (outcome.skipped.length === 0) return `${changed}.`;
  const reasons = [...new Set(outcome.skipped.map((skip) => skip.message))].join(" ");
  return `${changed}; ${outcome.skipped.length} left as they were: ${reasons}`;
}

function SortLink({ header }: { header: SortHeader }) {
  return (
    <Link href={header.href} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground" data-slot="sort-link">
      {header.label}
      <span aria-hidden>{header.sort === "ascending" ? "↑" : header.sort === "descending" ? "↓" : "↕"}</span>
    </Link>
  );
}

/**
 * The invite list as one-line rows, with bulk selection: revoke or extend the selected invites in one confirmed
 * step (each invite is still decided on its own by the server). Selection is only offered to people who may
 * change invites.
 */
export function InvitesTable({ rows, canManage, sorts }: { rows: InviteRow[]; canManage: boolean; sorts: { created: SortHeader; expires: SortHeader } }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const ids = [...selected].filter((id) => rows.some((row) => row.id === id));
  const all = rows.length > 0 && ids.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <div className="grid gap-2">
      {canManage ? (
        <div className="flex min-h-9 flex-wrap items-center gap-2" role="toolbar" aria-label="Selected invites">
          <span className="text-sm text-muted-foreground" aria-live="polite">
            {ids.length === 0 ? "Select invites to revoke or extend several at once." : `${ids.length} selected`}
          </span>
          {ids.length > 0 ? (
            <>
              <ActionDialog
                trigger={
                  <Button variant="outline" size="sm">
                    <Ban aria-hidden /> Revoke selected…
                  </Button>
                }
                title={`Revoke ${ids.length} invite${ids.length === 1 ? "" : "s"}?`}
                description="Their links stop working at once. Invites you may not change are left as they are."
                confirmLabel="Revoke"
                pendingLabel="Revoking…"
                destructive
                run={(form) => revokeInvitesAction(null, { ids, reason: String(form.get("reason") ?? "") || undefined })}
                success={(outcome) => {
                  setSelected(new Set());
                  return outcomeText("Revoked", outcome);
                }}
              >
                {(fields) => (
                  <div className="grid gap-1.5">
                    <Label htmlFor="bulk-reason">Reason (optional)</Label>
                    <Textarea id="bulk-reason" name="reason" maxLength={500} aria-invalid={fields.reason ? true : undefined} />
                    {fields.reason ? <FieldError id="bulk-reason-error">{fields.reason}</FieldError> : null}
                  </div>
                )}
              </ActionDialog>
              <ActionDialog
                trigger={
                  <Button variant="outline" size="sm">
                    <CalendarClock aria-hidden /> Extend selected…
                  </Button>
                }
                title={`Change the expiry of ${ids.length} invite${ids.length === 1 ? "" : "s"}`}
                description="Every selected invite gets the same new expiry."
                confirmLabel="Change expiry"
                pendingLabel="Saving…"
                run={(form) =>
                  extendInvitesAction(null, {
                    ids,
                    expiry: String(form.get("expiry")) as "7d",
                    expiresAt: String(form.get("expiresAt") ?? "") || undefined,
                    tz: String(form.get("tz") ?? ""),
                  })
                }
                success={(outcome) => {
                  setSelected(new Set());
                  return outcomeText("Extended", outcome);
                }}
              >
                {(fields) => <ExpiryPicker label="New expiry" idPrefix="bulk-extend" error={fields.expiresAt ?? fields.expiry} />}
              </ActionDialog>
              <Button variant="ghost" size="sm" onClick={() => setSelected(new Set())}>
                Clear selection
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      <Table label="Invites">
        <TableHeader>
          <TableRow>
            {canManage ? (
              <TableHead>
                <Checkbox
                  aria-label="Select every invite on this page"
                  checked={all ? true : ids.length > 0 ? "indeterminate" : false}
                  onCheckedChange={(on) => setSelected(on === true ? new Set(rows.map((row) => row.id)) : new Set())}
                />
              </TableHead>
            ) : null}
            <TableHead scope="col">Code</TableHead>
            <TableHead scope="col">State</TableHead>
            <TableHead scope="col">Role</TableHead>
            <TableHead scope="col" className="text-right">
              Uses
            </TableHead>
            <TableHead scope="col" aria-sort={sorts.expires.sort}>
              <SortLink header={sorts.expires} />
            </TableHead>
            <TableHead scope="col">Note</TableHead>
            <TableHead scope="col">Batch</TableHead>
            <TableHead scope="col">Creator</TableHead>
            <TableHead scope="col" aria-sort={sorts.created.sort}>
              <SortLink header={sorts.created} />
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-state={selected.has(row.id) ? "selected" : undefined}>
              {canManage ? (
                <TableCell>
                  <Checkbox aria-label={`Select invite ${row.prefix}…`} checked={selected.has(row.id)} onCheckedChange={(on) => toggle(row.id, on === true)} />
                </TableCell>
              ) : null}
              <TableCell>
                <Link className="font-mono font-medium" href={`/admin/invites/${row.id}`}>
                  {row.prefix}…<span className="sr-only"> details</span>
                </Link>
              </TableCell>
              <TableCell>
                <span className="flex items-center gap-1.5">
                  <StateBadge state={row.state} />
                  {row.bootstrap ? (
                    <Badge variant="outline" title="Created at startup to make the first administrator; not counted on the dashboard">
                      First admin
                    </Badge>
                  ) : null}
                </span>
                {row.delivery ? (
                  <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
                    <DeliveryBadge status={row.delivery.status} lastError={row.delivery.lastError} /> {row.delivery.to}
                  </div>
                ) : null}
              </TableCell>
              <TableCell>{row.role}</TableCell>
              <TableCell className="text-right tabular-nums">
                {row.uses} / {row.maxUses}
              </TableCell>
              <TableCell>
                <LocalTime value={row.expiresAt} relative />
              </TableCell>
              <TableCell className="max-w-56 truncate" title={row.note ?? undefined}>
                {row.note ?? <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell>
                {row.batchId ? (
                  <Link href={`/admin/invites?batchId=${row.batchId}`} className="font-mono text-xs" title="Show this batch's invites">
                    {row.batchId.slice(0, 8)}
                  </Link>
                ) : (
                  "—"
                )}
              </TableCell>
              <TableCell className="max-w-40 truncate">{row.creator ?? <span className="text-muted-foreground">system</span>}</TableCell>
              <TableCell>
                <LocalTime value={row.createdAt} relative />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
