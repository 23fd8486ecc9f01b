"use client";

import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** A QR code for a link, drawn in the browser so the code never travels anywhere else. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then((markup) => live && setSvg(markup));
    return () => {
      live = false;
    };
  }, [text]);
  if (!svg) return <span className="text-xs text-muted-foreground">Drawing QR code…</span>;
  // A generated data URL: next/image has nothing to optimise here.
  // eslint-disable-next-line @next/next/no-img-element
  return <img className="rounded-md border bg-white p-1" src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} alt={label} width={132} height={132} />;
}
