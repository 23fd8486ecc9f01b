import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { ConfirmRequestForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm your request", referrer: "no-referrer" };

export default async function ConfirmRequestPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="mx-auto grid max-w-lg gap-4">
      <PageHeader title="Confirm your request" description="One click confirms that this address is yours." />
      <Card className="p-6">
        <ConfirmRequestForm token={token} />
      </Card>
    </div>
  );
}
