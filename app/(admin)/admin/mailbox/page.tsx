import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { listMailbox } from "@/lib/mail/dev-mailbox";
import { mailConfigured } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Dev mailbox", referrer: "no-referrer" };

export default async function MailboxPage() {
  await requirePermission("mailbox.read", "/admin/mailbox");
  const [messages, configured] = [await listMailbox(), mailConfigured()];
  return (
    <div className="grid gap-4">
      <PageHeader title="Dev mailbox" description="Mail the app would have sent, kept here (encrypted) because no SMTP server is configured." />
      <Alert variant="warning">
        <AlertTitle>Not sent</AlertTitle>
        <AlertDescription>
          {configured
            ? "SMTP_URL is set now, so new mail goes out by SMTP; these messages were kept before it was and were never delivered."
            : "Nothing here reached its recipient. Set SMTP_URL (and MAIL_FROM) to send mail; invite links below work if you pass them on yourself."}
        </AlertDescription>
      </Alert>
      {messages.length === 0 ? <p className="text-sm text-muted-foreground">The mailbox is empty.</p> : null}
      {messages.map((message) => (
        <Card key={message.id} className="grid gap-2 p-4" data-testid="mailbox-message">
          <div className="flex flex-wrap items-center gap-2">
            <Badge variant="warning">not sent</Badge>
            <span className="font-medium">{message.subject}</span>
          </div>
          <p className="text-sm text-muted-foreground">
            To {message.toAddress}, <LocalTime value={message.createdAt} />
          </p>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 text-sm whitespace-pre-wrap">{message.text}</pre>
        </Card>
      ))}
    </div>
  );
}
