"use client";

import { useState } from "react";
import { EXPIRY_PRESETS } from "@/lib/validation/invites";

function toIso(local: string): string {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
}

/**
 * Expiry as a preset or a date-time. The date-time input speaks the admin's own time zone; the browser turns it
 * into a UTC instant in the hidden `expiresAt` field, which is what the server receives.
 */
export function ExpiryPicker({
  label,
  defaultChoice = "7d",
  defaultLocal = "",
  error,
  idPrefix = "field",
}: {
  label: string;
  defaultChoice?: string;
  defaultLocal?: string;
  error?: string;
  idPrefix?: string;
}) {
  const [choice, setChoice] = useState(defaultChoice);
  const [local, setLocal] = useState(defaultLocal);
  const choiceId = `${idPrefix}-expiry`;
  const localId = `${idPrefix}-expiresAtLocal`;
  return (
    <div className="field">
      <label htmlFor={choiceId}>{label}</label>
      <select id={choiceId} name="expiry" value={choice} onChange={(event) => setChoice(event.target.value)}>
        {Object.entries(EXPIRY_PRESETS).map(([value, text]) => (
          <option key={value} value={value}>
            In {text}
          </option>
        ))}
        <option value="custom">At a date and time…</option>
      </select>
      {choice === "custom" ? (
        <>
          <label htmlFor={localId}>Date and time (your time zone)</label>
          <input
            id={localId}
            name="expiresAtLocal"
            type="datetime-local"
            value={local}
            onChange={(event) => setLocal(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${localId}-error` : undefined}
          />
        </>
      ) : null}
      <input type="hidden" name="expiresAt" value={choice === "custom" ? toIso(local) : ""} />
      {error ? (
        <span id={`${localId}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
