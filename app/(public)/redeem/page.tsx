import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CodeEntryForm } from "@/components/code-entry-form";
import { Card } from "@/components/ui/card";
import { checkCode } from "@/lib/invites/code-format";

export const metadata: Metadata = { title: "Redeem an invite code", referrer: "same-origin" };

/** A typed code: checked here without the database (the same pure check as in the browser), then its invite's page. */
export default async function RedeemPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code : undefined;
  const checked = typed === undefined ? null : checkCode(typed);
  if (checked?.ok) redirect(`/invite/${checked.code}`);
  return (
    <div className="mx-auto grid w-full max-w-md gap-6">
      <div className="grid gap-2 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Redeem an invite code</h1>
        <p className="text-sm text-muted-foreground">Type the code as it is printed. Dashes, spaces and upper or lower case do not matter, and O may be typed for 0.</p>
      </div>
      <Card>
        <CodeEntryForm defaultValue={typed} submitted={typed !== undefined} />
      </Card>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </div>
  );
}
