"use client";

import { useState } from "react";
import { EXPIRY_PRESETS } from "@/lib/validation/invites";
import { FieldError } from "./field";
import { useTimeZone } from "./time-zone";
import { Input } from "./ui/input";
import { Label } from "./ui/label";
import { NativeSelect } from "./ui/native-select";

function toIso(local: string): string {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
}

/**
 * Expiry as a preset or a date-time, in the creator's terms: the time zone travels with the form, so "in 7 days"
 * is seven calendar days at the same local time, and the date-time input (the creator's own zone) becomes a UTC
 * instant in the hidden `expiresAt` field before it is sent.
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
  const zone = useTimeZone();
  const [choice, setChoice] = useState(defaultChoice);
  const [local, setLocal] = useState(defaultLocal);
  const choiceId = `${idPrefix}-expiry`;
  const localId = `${idPrefix}-expiresAtLocal`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={choiceId}>{label}</Label>
      <NativeSelect id={choiceId} name="expiry" value={choice} onChange={(event) => setChoice(event.target.value)}>
        {Object.entries(EXPIRY_PRESETS).map(([value, text]) => (
          <option key={value} value={value}>
            In {text}
          </option>
        ))}
        <option value="custom">At a date and time…</option>
      </NativeSelect>
      {choice === "custom" ? (
        <div className="mt-1 grid gap-1.5">
          <Label htmlFor={localId}>Date and time ({zone})</Label>
          <Input
            id={localId}
            name="expiresAtLocal"
            type="datetime-local"
            value={local}
            onChange={(event) => setLocal(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${localId}-error` : undefined}
          />
        </div>
      ) : (
        <p className="text-xs text-muted-foreground">Days are counted in your time zone ({zone}), at the same time of day.</p>
      )}
      <input type="hidden" name="expiresAt" value={choice === "custom" ? toIso(local) : ""} />
      <input type="hidden" name="tz" value={zone} />
      {error ? <FieldError id={`${localId}-error`}>{error}</FieldError> : null}
    </div>
  );
}
