import { PauseCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "./ui/alert";

/** Shown wherever an invite could be redeemed while an administrator has paused redemptions. */
export function PausedNotice({ message }: { message: string | null }) {
  return (
    <Alert variant="warning" role="status" data-testid="redemptions-paused">
      <PauseCircle aria-hidden />
      <AlertTitle>Redemptions are paused.</AlertTitle>
      <AlertDescription>
        <p>No invite can be redeemed right now.</p>
        {message ? <p>{message}</p> : null}
      </AlertDescription>
    </Alert>
  );
}
