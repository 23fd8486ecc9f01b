"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import type { Role } from "@/lib/generated/prisma/client";
import { ConfirmButtons, ConfirmStep } from "../_components/confirm-step";
import { RoleSelect } from "../_components/role-select";
import { changeUserRoleAction, setUserDisabledAction } from "./actions";

type Props = { user: { id: string; email: string; role: Role; disabled: boolean }; roles: Role[] };

/**
 * One user's role and access controls, each confirmed before it is sent, with the outcome announced in the row.
 * Each confirmation is keyed by the value it changes, so it closes once the change has landed.
 */
export function UserControls({ user, roles }: Props) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRoleAction, null);
  const [accessState, accessAction, accessPending] = useActionState(setUserDisabledAction, null);
  const roleValues = roleState && !roleState.ok ? roleState.values : {};
  return (
    <div className="stack">
      <FormStatus state={roleState} success={roleState?.ok ? `${user.email} is now ${roleState.data.role}.` : undefined} />
      <FormStatus state={accessState} success={accessState?.ok ? `${user.email} is ${accessState.data.disabled ? "disabled" : "enabled"}.` : undefined} />
      <div className="row">
        <ConfirmStep key={user.role} trigger="Change role…" question={`Change the role of ${user.email}?`}>
          {(close) => (
            <form action={roleAction} className="row">
              <input type="hidden" name="id" value={user.id} />
              <RoleSelect id={`role-${user.id}`} label="New role" roles={roles.filter((role) => role !== user.role)} defaultValue={roleValues.role} />
              <ConfirmButtons label="Yes, change role" pendingLabel="Saving…" pending={rolePending} onCancel={close} />
            </form>
          )}
        </ConfirmStep>
        <ConfirmStep
          key={String(user.disabled)}
          trigger={user.disabled ? "Enable…" : "Disable…"}
          question={user.disabled ? `Let ${user.email} sign in again?` : `Disable ${user.email}? They are signed out on their next request.`}
          danger={!user.disabled}
        >
          {(close) => (
            <form action={accessAction} className="row">
              <input type="hidden" name="id" value={user.id} />
              <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
              <ConfirmButtons
                label={user.disabled ? "Yes, enable" : "Yes, disable"}
                pendingLabel="Saving…"
                pending={accessPending}
                danger={!user.disabled}
                onCancel={close}
              />
            </form>
          )}
        </ConfirmStep>
      </div>
    </div>
  );
}
