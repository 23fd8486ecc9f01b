"use client";

import { useState, useTransition } from "react";
import { FormStatus } from "@/components/form-status";
import { LocalTime } from "@/components/local-time";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/action";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Decision } from "@/lib/requests/invite-requests";
import { approveRequestsAction, rejectRequestsAction } from "./actions";

type Row = { id: string; email: string; name: string; reason: string | null; createdAt: Date };

/** Pending requests with a checkbox each; approve (an e-mail invite of the chosen role) or reject, one or many. */
export function RequestQueue({ requests, roles, canDecide }: { requests: Row[]; roles: Role[]; canDecide: boolean }) {
  const [state, setState] = useState<ActionState<Decision[]>>(null);
  const [pending, startTransition] = useTransition();
  const decide = (kind: "approve" | "reject", form: HTMLFormElement) => {
    const data = new FormData(form);
    const ids = data.getAll("ids").map(String);
    startTransition(async () => {
      setState(
        kind === "approve"
          ? await approveRequestsAction(null, { ids, role: String(data.get("role")) as Role, days: Number(data.get("days") || 7) })
          : await rejectRequestsAction(null, { ids, message: String(data.get("message") ?? "") }),
      );
    });
  };
  const refused = state?.ok ? state.data.filter((decision) => !decision.ok) : [];
  return (
    <form className="grid gap-4" onSubmit={(event) => event.preventDefault()}>
      <Table label="Pending requests">
        <TableHeader>
          <TableRow>
            {canDecide ? <TableHead><span className="sr-only">Select</span></TableHead> : null}
            <TableHead>Name</TableHead>
            <TableHead>E-mail</TableHead>
            <TableHead>Reason</TableHead>
            <TableHead>Asked</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => (
            <TableRow key={request.id}>
              {canDecide ? (
                <TableCell>
                  <input type="checkbox" name="ids" value={request.id} aria-label={`Select ${request.email}`} />
                </TableCell>
              ) : null}
              <TableCell>{request.name}</TableCell>
              <TableCell>{request.email}</TableCell>
              <TableCell className="max-w-sm text-sm whitespace-pre-wrap">{request.reason ?? "—"}</TableCell>
              <TableCell>
                <LocalTime value={request.createdAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {canDecide ? (
        <div className="grid gap-4 md:grid-cols-2">
          <fieldset className="grid gap-2 rounded-md border p-4">
            <legend className="px-1 text-sm font-medium">Approve the selected</legend>
            <Label htmlFor="approve-role">Role of the invite</Label>
            <NativeSelect id="approve-role" name="role" defaultValue={roles.at(-1)}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </NativeSelect>
            <Label htmlFor="approve-days">Invite valid for (days)</Label>
            <input id="approve-days" name="days" type="number" min={1} max={365} defaultValue={7} className="h-9 rounded-md border px-3" />
            <Button type="button" disabled={pending} onClick={(event) => decide("approve", event.currentTarget.form!)}>
              Approve and send invites
            </Button>
          </fieldset>
          <fieldset className="grid gap-2 rounded-md border p-4">
            <legend className="px-1 text-sm font-medium">Reject the selected</legend>
            <Label htmlFor="reject-message">Message (optional, sent to each person)</Label>
            <Textarea id="reject-message" name="message" rows={3} />
            <Button type="button" variant="destructive" disabled={pending} onClick={(event) => decide("reject", event.currentTarget.form!)}>
              Reject
            </Button>
          </fieldset>
        </div>
      ) : null}
      <FormStatus state={state && !state.ok ? state : null} />
      {state?.ok ? (
        <p role="status" className="text-sm">
          {state.data.length - refused.length} decided.
          {refused.map((decision) => ` ${decision.email || decision.id}: ${decision.error?.message}`).join("")}
        </p>
      ) : null}
    </form>
  );
}
