"use client";

import { useState, type FormEvent } from "react";
import { checkCode, CODE_LENGTH, formatCode, normalizeCode } from "@/lib/invites/code-format";

/**
 * Step one of redeeming a typed code: a plain GET form (it works without JavaScript; the server runs the same
 * check) that opens the invite's own page. With JavaScript the check symbol is verified as the person types,
 * with the server's pure rules, before anything is sent.
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
    <form method="get" action="/redeem" className="card stack" noValidate onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="field-code">Invite code</label>
        <span id="field-code-hint" className="hint">
          {typed > 0 && typed < CODE_LENGTH ? `${typed} of ${CODE_LENGTH} characters so far.` : `${CODE_LENGTH} letters and digits; dashes, spaces and case do not matter.`}
        </span>
        <input
          id="field-code"
          name="code"
          className="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby="field-code-hint field-code-check"
        />
        <span id="field-code-check" className={error ? "field-error" : "field-ok"} aria-live="polite">
          {error ?? (checked.ok ? `Looks right: ${formatCode(checked.code)}` : null)}
        </span>
      </div>
      <button type="submit">Continue</button>
    </form>
  );
}
