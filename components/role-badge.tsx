import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_DESCRIPTION, roleLabel } from "@/lib/auth/role-labels";
import { Badge } from "./ui/badge";

/** A role in plain words; its one-line description on hover. */
export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge variant="outline" title={ROLE_DESCRIPTION[role]}>
      {roleLabel(role)}
    </Badge>
  );
}
