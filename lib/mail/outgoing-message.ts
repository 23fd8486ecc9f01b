/** A rendered message: what the sealed payload of a mail row holds. */
export type OutgoingMessage = { subject: string; text: string; html: string };

export type MailKind = "invite" | "invite_reminder" | "request_confirm" | "request_rejected" | "account_approved";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** A plain, readable HTML body: paragraphs of escaped text, and one call to action. */
export function htmlBody(args: { paragraphs: string[]; action?: { label: string; url: string }; footer?: string }): string {
  const paragraphs = args.paragraphs.map((text) => `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`).join("");
  const action = args.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(args.action.url)}" style="background:#111827;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(args.action.label)}</a></p>`
    : "";
  const footer = args.footer ? `<p style="margin:24px 0 0;color:#6b7280;font-size:12px">${escapeHtml(args.footer)}</p>` : "";
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111827;max-width:560px">${paragraphs}${action}${footer}</body></html>`;
}
