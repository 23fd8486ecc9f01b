import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { getSettings } from "@/lib/settings/get-settings";
import { RequestInviteForm } from "./request-invite-form";

export const metadata: Metadata = { title: "Ask for an invite" };
export const dynamic = "force-dynamic";

export default async function RequestInvitePage() {
  const { requestsEnabled } = await getSettings();
  return (
    <div className="mx-auto grid max-w-lg gap-4">
      <PageHeader title="Ask for an invite" description="We will send a link to confirm your address; an administrator then decides." />
      <Card className="p-6">{requestsEnabled ? <RequestInviteForm /> : <p className="text-sm">Invite requests are closed at the moment.</p>}</Card>
    </div>
  );
}
