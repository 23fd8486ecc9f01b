"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "./ui/button";

/** Copies text to the clipboard and says so, on the button and where screen readers hear it. */
export function CopyButton({
  text,
  label,
  onCopied,
  variant = "outline",
  iconOnly = false,
}: {
  text: string;
  label: string;
  onCopied?: () => void;
  variant?: "outline" | "ghost" | "default";
  iconOnly?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      onCopied?.();
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      toast.error("Copy failed: select the text and copy it yourself.");
    }
  }
  return (
    <Button type="button" variant={variant} size={iconOnly ? "icon-sm" : "sm"} onClick={copy} aria-label={iconOnly ? label : undefined}>
      {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
      {iconOnly ? null : <span>{label}</span>}
      <span role="status" className="sr-only">
        {copied ? "Copied" : ""}
      </span>
    </Button>
  );
}
