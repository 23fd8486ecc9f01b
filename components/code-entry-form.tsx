"use client";

import { ArrowRight } from "lucide-react";
import { useState, type FormEvent } from "react";
import { checkCode, CODE_LENGTH, formatCode, normalizeCode } from "@/lib/invites/code-format";
import { cn } from "@/lib/utils";
import { Button } from "./ui/button";
import { Input } from "./ui/input";
import { Label } from "./ui/label";

/**
 * Step one of redeeming a typed code: a plain GET form (it works without JavaScript; the server runs the same
 * check) that opens the invite's own page. With JavaScript the check symbol is verified as the person types,
 * with the server's pure rules, before anything is sent. A code that failed comes back in the field, as typed.
 */
export function CodeEntryForm({ defaultValue = "", submitted: submittedOnServer = false }: { defaultValue?: string; submitted?: boolean }) {
  const [value, setValue] = useState(defaultValue);
  const [submitted, setSubmitted] = useState(submittedOnServer);
  const typed = normalizeCode(value).length;
  const checked = checkCode(value);
  const tooShort = !checked.ok && (checked.reason === "empty" || (checked.reason === "length" && typed < CODE_LENGTH));
  const error = checked.ok || (tooShort && !submitted) ? undefined : checked.message;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (checked.ok) return;
    event.preventDefault();
    setSubmitted(true);
    event.currentTarget.querySelector("input")?.focus();
  }

  return (
    <form method="get" action="/redeem" className="grid gap-4" noValidate onSubmit={onSubmit}>
      <div className="grid gap-1.5">
        <Label htmlFor="field-code">Invite code</Label>
        <Input
          id="field-code"
          name="code"
          className="h-11 font-mono text-base tracking-wider uppercase"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby="field-code-hint field-code-check"
        />
        <p id="field-code-hint" className="text-xs text-muted-foreground">
          {typed > 0 && typed < CODE_LENGTH ? `${typed} of ${CODE_LENGTH} characters so far.` : `${CODE_LENGTH} letters and digits; dashes, spaces and case do not matter.`}
        </p>
        <p id="field-code-check" className={cn("text-sm", error ? "text-destructive" : "text-success")} aria-live="polite">
          {error ?? (checked.ok ? `Looks right: ${formatCode(checked.code)}` : null)}
        </p>
      </div>
      <Button type="submit" size="lg">
        Continue <ArrowRight aria-hidden />
      </Button>
    </form>
  );
}
