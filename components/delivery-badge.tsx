import type { MailStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "./ui/badge";

const LOOK = {
  QUEUED: { variant: "warning", label: "mail queued" },
  SENT: { variant: "success", label: "mail sent" },
  FAILED: { variant: "destructive", label: "mail failed" },
} as const;

/** An e-mail invite's delivery state; a failure shows the server's reply on hover and to screen readers. */
export function DeliveryBadge({ status, lastError }: { status: MailStatus; lastError?: string | null }) {
  const look = LOOK[status];
  return (
    <Badge variant={look.variant} title={lastError ?? undefined} data-testid="delivery-state">
      {look.label}
      {lastError && status !== "SENT" ? <span className="sr-only">: {lastError}</span> : null}
    </Badge>
  );
}
