"use client";

import { List, Plus } from "lucide-react";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { QrCode } from "@/components/qr-code";
import { SecretReveal } from "@/components/secret-reveal";
import { Button } from "@/components/ui/button";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import { batchCsv } from "@/lib/invites/batch-csv";
import type { CreatedBatchSummary } from "@/lib/invites/create-invite-batch";

// A few codes come with a QR code each, to show on a screen or print; a big batch is a file to hand on.
const INLINE_QR = 3;

/** The one and only time the codes are shown: copy, download as CSV (built here, in the browser) or scan. */
export function InviteReveal({ batch, baseUrl, onDone }: { batch: CreatedBatchSummary; baseUrl: string; onDone: () => void }) {
  const rows = batch.invites.map((invite) => ({ ...invite, link: new URL(`/invite/${invite.code}`, baseUrl).toString() }));
  const plural = rows.length === 1 ? "" : "s";
  return (
    <SecretReveal
      title={`${rows.length.toLocaleString("en")} ${ROLE_LABEL[batch.role]} invite${plural} created`}
      what="They are shown only this once: only a fingerprint of each code is stored. If you lose them, revoke the invites and create new ones."
      noun="code"
      secrets={rows.map((row, index) => ({
        id: row.id,
        value: row.display,
        link: row.link,
        extra: rows.length <= INLINE_QR ? <QrCode text={row.link} label={`QR code for invite link ${index + 1}`} /> : undefined,
      }))}
      download={{ filename: `invites-${batch.batchId.slice(0, 8)}.csv`, type: "text/csv;charset=utf-8", content: () => batchCsv(batch, rows) }}
      details={
        <p className="text-sm text-muted-foreground">
          {batch.maxUses} use{batch.maxUses === 1 ? "" : "s"} each · expires <LocalTime value={batch.expiresAt} relative />
          {batch.note ? ` · note: ${batch.note}` : ""}
        </p>
      }
      actions={() => (
        <>
          <Button type="button" variant="secondary" onClick={onDone}>
            <Plus aria-hidden /> Create more with the same settings
          </Button>
          <Button asChild variant="ghost">
            <Link href={`/admin/invites?batchId=${batch.batchId}`}>
              <List aria-hidden /> See this batch
            </Link>
          </Button>
        </>
      )}
    />
  );
}
