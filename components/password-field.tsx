"use client";

import { Eye, EyeOff, Sparkles } from "lucide-react";
import { useDeferredValue, useState, useSyncExternalStore } from "react";
import { passwordStrength } from "@/lib/auth/password-strength";
import { suggestPassword } from "@/lib/auth/suggest-password";
import { cn } from "@/lib/utils";
import { PASSWORD_MIN } from "@/lib/validation/password-rules";
import { FieldError } from "./field";
import { Button } from "./ui/button";
import { Input } from "./ui/input";
import { Label } from "./ui/label";

const noSubscription = () => () => {};
const BAR = ["bg-destructive", "bg-destructive", "bg-warning", "bg-success", "bg-success"];

/**
 * The new-password field: show or hide it, a strength meter that runs in the browser (patterns and the person's
 * own name and e-mail; the server still refuses common passwords), and a "suggest a strong password" button
 * drawn from the Web Crypto API. The extras need JavaScript and appear once hydrated; the field works without.
 */
export function PasswordField({ error, label = "Password", name = "password", userInputs = [] }: { error?: string; label?: string; name?: string; userInputs?: string[] }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [value, setValue] = useState("");
  const [visible, setVisible] = useState(false);
  const [suggested, setSuggested] = useState(false);
  const deferred = useDeferredValue(value);
  const strength = hydrated && deferred ? passwordStrength(deferred, userInputs) : null;
  const id = `field-${name}`;
  const hint = suggested ? "Suggested for you: save it in your password manager before you continue." : `At least ${PASSWORD_MIN} characters, and not a commonly used password.`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="relative">
        <Input
          id={id}
          name={name}
          type={visible ? "text" : "password"}
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          value={value}
          className={hydrated ? "pr-20" : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setSuggested(false);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, strength ? `${id}-strength` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        />
        {hydrated ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="absolute top-1/2 right-0.5 h-8 -translate-y-1/2 px-2 text-xs"
            aria-pressed={visible}
            aria-controls={id}
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
            {visible ? "Hide" : "Show"}
          </Button>
        ) : null}
      </div>
      {strength ? (
        <div id={`${id}-strength`} className="grid gap-1" data-testid="password-strength">
          <div aria-hidden className="grid grid-cols-4 gap-1">
            {[1, 2, 3, 4].map((step) => (
              <span key={step} className={cn("h-1 rounded-full", Math.max(1, strength.score) >= step ? BAR[strength.score] : "bg-muted")} />
            ))}
          </div>
          <p className="text-xs text-muted-foreground" aria-live="polite">
            Strength: <span className="font-medium text-foreground">{strength.label}</span>
            {strength.hint ? ` — ${strength.hint}` : ""}
          </p>
        </div>
      ) : null}
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </p>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      {hydrated ? (
        <Button
          type="button"
          variant="link"
          size="sm"
          className="h-auto w-fit p-0 text-xs"
          onClick={() => {
            setValue(suggestPassword());
            setSuggested(true);
            setVisible(true);
          }}
        >
          <Sparkles aria-hidden /> Suggest a strong password
        </Button>
      ) : null}
    </div>
  );
}
