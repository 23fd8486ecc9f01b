import type { InviteState } from "@/lib/validation/invites";

export function StateBadge({ state }: { state: InviteState }) {
  return <span className={`badge ${state}`}>{state}</span>;
}
