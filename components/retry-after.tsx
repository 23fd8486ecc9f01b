"use client";

import { useState } from "react";
import { LocalTime } from "./local-time";

/** "Try again in 12 minutes (after 14:05)" for a rate-limited person, from the server's Retry-After seconds. */
export function RetryAfter({ seconds }: { seconds: number }) {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  // Read the clock once, when the message first appears, so re-renders do not move the time it names.
  const [until] = useState(() => new Date(Date.now() + seconds * 1000));
  return (
    <>
      You can try again in {minutes} {minutes === 1 ? "minute" : "minutes"}, after <LocalTime value={until} />.
    </>
  );
}
