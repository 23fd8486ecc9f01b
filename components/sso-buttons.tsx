"use client";

import { useState } from "react";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";
import { startSsoAction, startSsoLinkAction } from "@/app/(public)/sso/actions";

export type SsoIntentProps = { kind: "sign-in"; callbackUrl?: string } | { kind: "invite"; code: string } | { kind: "link" };

/**
 * One button per configured provider. A click first tells the server why (sign in, redeem this invite, link),
 * then posts next-auth's sign-in form with its CSRF token, which sends the browser to the provider.
 */
export function SsoButtons({ providers, intent }: { providers: { id: string; name: string }[]; intent: SsoIntentProps }) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (providers.length === 0) return null;

  async function go(provider: string) {
    setPending(provider);
    setError(null);
    const started =
      intent.kind === "link"
        ? await startSsoLinkAction(null, { provider })
        : await startSsoAction(null, { provider, ...(intent.kind === "invite" ? { code: intent.code } : { callbackUrl: intent.callbackUrl }) });
    if (!started?.ok) {
      setError(started?.error.message ?? "Something went wrong. Please try again.");
      setPending(null);
      return;
    }
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = document.createElement("form");
    form.method = "post";
    form.action = `/api/auth/signin/${encodeURIComponent(provider)}`;
    for (const [name, value] of Object.entries({ csrfToken, callbackUrl: "/" })) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }

  return (
    <div className="grid gap-2" data-testid="sso-buttons">
      {error ? (
        <Alert variant="destructive" role="alert">
          <p>{error}</p>
        </Alert>
      ) : null}
      {providers.map((provider) => (
        <Button key={provider.id} type="button" variant="outline" disabled={pending !== null} onClick={() => void go(provider.id)}>
          {pending === provider.id ? `Going to ${provider.name}…` : intent.kind === "link" ? `Link ${provider.name}` : `Continue with ${provider.name}`}
        </Button>
      ))}
    </div>
  );
}
