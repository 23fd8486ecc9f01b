"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { CreatedBatchSummary } from "@/lib/invites/create-invite-batch";
import { CopyButton } from "../../_components/copy-button";
import { LocalTime } from "@/components/local-time";
import { QrCode } from "../../_components/qr-code";
import { downloadCsv } from "./download-csv";

// Beyond this many, QR codes are drawn on request so a batch of 1 000 does not draw 1 000 images at once.
const INLINE_QR = 12;

/** The one and only time the codes are shown: copy, download as CSV (built here, in the browser) or scan. */
export function InviteReveal({ batch, baseUrl, onDone }: { batch: CreatedBatchSummary; baseUrl: string; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const rows = batch.invites.map((invite) => ({ ...invite, link: new URL(`/invite/${invite.code}`, baseUrl).toString() }));
  const plural = rows.length === 1 ? "" : "s";

  return (
    <section className="stack reveal" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading" ref={headingRef} tabIndex={-1}>
        {rows.length.toLocaleString("en")} {batch.role} invite{plural} created
      </h2>
      <p className="alert warning" role="alert">
        <strong>Copy or download these codes now.</strong> They are shown only this once and will never be shown again: only a
        fingerprint of each code is stored. If you lose them, revoke the invites and create new ones.
      </p>
      <p className="hint">
        {batch.maxUses} use{batch.maxUses === 1 ? "" : "s"} each · expires <LocalTime value={batch.expiresAt} withRelative />
        {batch.note ? ` · note: ${batch.note}` : ""}
      </p>
      <div className="row">
        <button type="button" onClick={() => downloadCsv(batch, rows)}>
          Download CSV
        </button>
        <CopyButton text={rows.map((row) => row.link).join("\n")} label={`Copy all ${rows.length} link${plural}`} />
        <button type="button" className="secondary" onClick={onDone}>
          Create more invites
        </button>
        <Link href="/admin/invites">Go to the invite list</Link>
      </div>
      <ol className="reveal-list">
        {rows.map((row, i) => (
          <li key={row.id} className="card reveal-item">
            <div className="stack">
              <span className="visually-hidden">Invite {i + 1}</span>
              <code className="code big" data-testid="revealed-code">{row.display}</code>
              <a href={row.link} className="reveal-link" data-testid="revealed-link" target="_blank" rel="noreferrer">
                {row.link}
              </a>
              <div className="row">
                <CopyButton text={row.link} label={`Copy link ${i + 1}`} />
                <CopyButton text={row.display} label={`Copy code ${i + 1}`} />
                <Link href={`/admin/invites/${row.id}`}>Details<span className="visually-hidden"> of invite {i + 1}</span></Link>
              </div>
            </div>
            {rows.length <= INLINE_QR ? (
              <QrCode text={row.link} label={`QR code for invite link ${i + 1}`} />
            ) : (
              <details>
                <summary>QR code<span className="visually-hidden"> for invite {i + 1}</span></summary>
                <QrCode text={row.link} label={`QR code for invite link ${i + 1}`} />
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
