"use client";

import { ShieldCheck, UserCheck, UserX } from "lucide-react";
import { useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { FieldError } from "@/components/field";
import { Button } from "@/components/ui/button";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/utils";
import { changeUserRoleAction, setUserDisabledAction } from "./actions";

type Props = { user: { id: string; email: string; name: string; role: Role; disabled: boolean }; roles: readonly Role[] };

/**
 * The role picker in the dialog: every role the viewer may assign, each described in a line, the current one
 * shown and not selectable, and nothing chosen until the admin chooses — one click cannot make anyone an Admin.
 */
function RoleChoices({ current, roles, error, onChoose }: { current: Role; roles: readonly Role[]; error?: string; onChoose: (role: Role) => void }) {
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? "new-role-error" : undefined}>
      <legend className="mb-1 text-sm font-medium">New role</legend>
      {roles.map((role) => {
        const isCurrent = role === current;
        return (
          <label
            key={role}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
              isCurrent && "cursor-not-allowed opacity-70",
            )}
          >
            <input type="radio" name="role" value={role} disabled={isCurrent} className="mt-0.5 accent-primary" onChange={() => onChoose(role)} />
            <span className="grid gap-0.5">
              <span className="font-medium">
                {ROLE_LABEL[role]}
                {isCurrent ? <span className="ml-2 text-xs font-normal text-muted-foreground">(current role)</span> : null}
              </span>
              <span className="text-muted-foreground">{ROLE_DESCRIPTION[role]}</span>
            </span>
          </label>
        );
      })}
      {error ? <FieldError id="new-role-error">{error}</FieldError> : null}
    </fieldset>
  );
}

/** One user's role and access, each changed only after a confirming dialog; the outcome arrives as a toast. */
export function UserControls({ user, roles }: Props) {
  const [chosen, setChosen] = useState<Role | null>(null);
  return (
    <div className="flex items-center justify-end gap-1">
      <ActionDialog
        trigger={
          <Button variant="ghost" size="sm">
            <ShieldCheck aria-hidden /> Change role…<span className="sr-only"> of {user.email}</span>
          </Button>
        }
        title={`Change the role of ${user.name}`}
        description={`${user.email} is now ${ROLE_LABEL[user.role]}. A new role ends their sessions; they sign in again to use it.`}
        confirmLabel={chosen ? `Make ${ROLE_LABEL[chosen]}` : "Choose a role"}
        pendingLabel="Saving…"
        run={(form) => {
          const role = form.get("role");
          if (!role) return Promise.resolve({ ok: false, values: {}, error: { code: "validation", message: "Choose a role.", fields: { role: "Choose the new role." } } });
          return changeUserRoleAction(null, { id: user.id, role: String(role) as Role });
        }}
        success={(data) => `${user.email} is now ${ROLE_LABEL[data.role]}.`}
      >
        {(fields) => <RoleChoices current={user.role} roles={roles} error={fields.role} onChoose={setChosen} />}
      </ActionDialog>
      <ActionDialog
        trigger={
          <Button variant="ghost" size="sm">
            {user.disabled ? <UserCheck aria-hidden /> : <UserX aria-hidden />} {user.disabled ? "Enable…" : "Disable…"}
            <span className="sr-only"> {user.email}</span>
          </Button>
        }
        title={user.disabled ? `Let ${user.name} sign in again?` : `Disable ${user.name}?`}
        description={
          user.disabled
            ? `${user.email} can sign in again with their password.`
            : `${user.email} is signed out on their next request, and their live invites are revoked.`
        }
        confirmLabel={user.disabled ? "Enable" : "Disable"}
        pendingLabel="Saving…"
        destructive={!user.disabled}
        run={() => setUserDisabledAction(null, { id: user.id, disabled: user.disabled ? "false" : "true" })}
        success={(data) => `${user.email} is ${data.disabled ? "disabled" : "enabled"}.`}
      />
    </div>
  );
}
