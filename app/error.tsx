"use client";

import { useEffect } from "react";

/** Any unexpected error in a page: a short, honest message and a way out; never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error("page error", error.digest);
  }, [error]);
  return (
    <main id="main" className="narrow">
      <div className="card stack" role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown because of a problem on our side. Please try again; if it keeps happening, tell an administrator.</p>
        {error.digest ? <p className="hint">Reference: {error.digest}</p> : null}
        <div className="row">
          <button onClick={reset}>Try again</button>
          <a className="button secondary" href="/">
            Home
          </a>
        </div>
      </div>
    </main>
  );
}
