import type { Role } from "@/lib/generated/prisma/client";

/** A labelled role picker offering only the roles given (the caller passes what the viewer may grant). */
export function RoleSelect({ id, name = "role", label, roles, defaultValue, error }: {
  id: string;
  name?: string;
  label: string;
  roles: readonly Role[];
  defaultValue?: string;
  error?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </select>
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
