"use client";

import { Download, TriangleAlert } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { CopyButton } from "./copy-button";
import { Alert, AlertDescription, AlertTitle } from "./ui/alert";
import { Button } from "./ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./ui/table";

export type Secret = {
  id: string;
  /** What is secret: a code, a key, a link. */
  value: string;
  /** A link that carries the secret, shown under it and copied by "Copy all". */
  link?: string;
  extra?: ReactNode;
};

// More than this many secrets are listed as a compact table instead of one card each.
const CARD_LIMIT = 10;

const LEAVE_WARNING = "These secrets are shown only once and you have not copied or downloaded them yet. Leave anyway?";

/**
 * Keeps the person from losing secrets by accident: until they copy or download them, closing the tab asks
 * first (beforeunload) and so does following a link inside the app.
 */
function useLeaveGuard(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!anchor || anchor.getAttribute("target") === "_blank" || anchor.hasAttribute("download")) return;
      if (!window.confirm(LEAVE_WARNING)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active]);
}

/**
 * The one way every secret is shown (invite codes, API keys, password-reset links): once, in full, with copy
 * and download, a warning before leaving while nothing has been saved, and a compact table for more than ten.
 */
export function SecretReveal({
  title,
  what,
  secrets,
  noun,
  download,
  details,
  actions,
}: {
  title: string;
  /** Why it is shown only now, in a sentence. */
  what: string;
  secrets: Secret[];
  /** "code", "link", "key": used in button labels. */
  noun: string;
  download: { filename: string; type: string; content: () => string };
  details?: ReactNode;
  /** What to do next (create more, go to the list); shown under the secrets. */
  actions?: (saved: boolean) => ReactNode;
}) {
  const [saved, setSaved] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  useLeaveGuard(!saved);
  const markSaved = () => setSaved(true);
  const copyAllText = secrets.map((secret) => secret.link ?? secret.value).join("\n");
  const copyAllLabel = `Copy all ${secrets.length.toLocaleString("en")} ${secrets[0]?.link ? "links" : `${noun}s`}`;

  function downloadFile() {
    const url = URL.createObjectURL(new Blob([download.content()], { type: download.type }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = download.filename;
    anchor.setAttribute("download", download.filename);
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
    markSaved();
  }

  return (
    <section className="grid gap-4" aria-labelledby="reveal-heading" data-testid="secret-reveal">
      <h2 id="reveal-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
        {title}
      </h2>
      <Alert variant="warning" role="alert">
        <TriangleAlert aria-hidden />
        <AlertTitle>Copy or download {secrets.length === 1 ? `this ${noun}` : `these ${noun}s`} now.</AlertTitle>
        <AlertDescription>{what}</AlertDescription>
      </Alert>
      {details}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" onClick={downloadFile}>
          <Download aria-hidden /> Download {download.filename.split(".").at(-1)?.toUpperCase()}
        </Button>
        {secrets.length > 1 ? <CopyButton text={copyAllText} label={copyAllLabel} onCopied={markSaved} /> : null}
        <span className="text-sm text-muted-foreground" aria-live="polite">
          {saved ? "Saved. You can leave this page." : "Not yet copied or downloaded."}
        </span>
      </div>
      {secrets.length > CARD_LIMIT ? (
        <Table label={`${noun}s`}>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">#</TableHead>
              <TableHead scope="col">{noun[0]!.toUpperCase() + noun.slice(1)}</TableHead>
              {secrets[0]!.link ? <TableHead scope="col">Link</TableHead> : null}
              <TableHead scope="col">
                <span className="sr-only">Copy</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {secrets.map((secret, index) => (
              <TableRow key={secret.id}>
                <TableCell className="text-muted-foreground tabular-nums">{index + 1}</TableCell>
                <TableCell className="font-mono" data-testid="revealed-code">
                  {secret.value}
                </TableCell>
                {secret.link ? (
                  <TableCell className="font-mono text-xs" data-testid="revealed-link">
                    {secret.link}
                  </TableCell>
                ) : null}
                <TableCell>
                  <CopyButton text={secret.link ?? secret.value} label={`Copy ${noun} ${index + 1}`} iconOnly variant="ghost" onCopied={markSaved} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <ol className="grid gap-3">
          {secrets.map((secret, index) => (
            <li key={secret.id} className="flex flex-wrap items-start justify-between gap-4 rounded-lg border bg-card p-4">
              <div className="grid min-w-0 flex-1 gap-2">
                <span className="sr-only">
                  {noun} {index + 1}
                </span>
                <code className="font-mono text-lg font-semibold tracking-wide break-all" data-testid="revealed-code">
                  {secret.value}
                </code>
                {secret.link ? (
                  <a href={secret.link} className="font-mono text-xs break-all" data-testid="revealed-link" target="_blank" rel="noreferrer">
                    {secret.link}
                  </a>
                ) : null}
                <div className="flex flex-wrap gap-2">
                  {secret.link ? <CopyButton text={secret.link} label={secrets.length === 1 ? "Copy link" : `Copy link ${index + 1}`} onCopied={markSaved} /> : null}
                  <CopyButton text={secret.value} label={secrets.length === 1 ? `Copy ${noun}` : `Copy ${noun} ${index + 1}`} onCopied={markSaved} />
                </div>
              </div>
              {secret.extra}
            </li>
          ))}
        </ol>
      )}
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions(saved)}</div> : null}
    </section>
  );
}
