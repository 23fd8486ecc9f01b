"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A two-step control: the first button only opens the confirmation (a labelled group that takes focus), whose
 * own submit button does the deed; Escape or Cancel closes it and returns focus. Everything is reachable by
 * keyboard and nothing happens on a single slip.
 */
export function ConfirmStep({
  trigger,
  question,
  danger = false,
  children,
}: {
  trigger: string;
  question: string;
  danger?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) groupRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button")?.focus();
    else if (wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={triggerRef} type="button" className={danger ? "danger" : "secondary"} onClick={() => setOpen(true)}>
        {trigger}
      </button>
    );
  }
  return (
    <div
      ref={groupRef}
      role="group"
      aria-labelledby={headingId}
      className="confirm card stack"
      onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
    >
      <p id={headingId} className="confirm-question">
        {question}
      </p>
      {children(() => setOpen(false))}
    </div>
  );
}

/** The confirmation's own buttons: the submit that does the deed (busy while it runs) and Cancel. */
export function ConfirmButtons({
  label,
  pendingLabel,
  pending,
  danger = false,
  onCancel,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  danger?: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="submit" className={danger ? "danger" : undefined} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
