"use client";

import { useState, useSyncExternalStore } from "react";
import { suggestPassword } from "@/lib/auth/suggest-password";
import { PASSWORD_MIN } from "@/lib/validation/password-rules";
import { Field } from "./field";

const noSubscription = () => () => {};

/**
 * The new-password field, with a "suggest a strong password" button drawn in the browser from the Web Crypto
 * API. The button needs JavaScript, so it appears only once the page is hydrated; the field works without it.
 */
export function PasswordField({ error }: { error?: string }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [value, setValue] = useState("");
  const [suggested, setSuggested] = useState(false);
  return (
    <div className="stack">
      <Field
        name="password"
        label="Password"
        type={suggested ? "text" : "password"}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setSuggested(false);
        }}
        hint={suggested ? "Suggested for you: save it in your password manager before you continue." : `At least ${PASSWORD_MIN} characters, and not a commonly used password.`}
        error={error}
      />
      {hydrated ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setValue(suggestPassword());
            setSuggested(true);
          }}
        >
          Suggest a strong password
        </button>
      ) : null}
    </div>
  );
}
