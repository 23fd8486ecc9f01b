import type { InviteState } from "@/lib/validation/invites";
import { Badge } from "./ui/badge";

const LOOK = {
  active: { variant: "success", label: "Active" },
  expired: { variant: "muted", label: "Expired" },
  exhausted: { variant: "warning", label: "Used up" },
  revoked: { variant: "destructive", label: "Revoked" },
} as const;

export function StateBadge({ state }: { state: InviteState }) {
  const { variant, label } = LOOK[state];
  return (
    <Badge variant={variant} data-state={state}>
      {label}
    </Badge>
  );
}
