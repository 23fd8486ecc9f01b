import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeEntryForm } from "@/components/code-entry-form";
import { checkCode } from "@/lib/invites/code-format";

export const metadata: Metadata = { title: "Redeem an invite code", referrer: "same-origin" };

/** A typed code: checked here without the database (the same pure check as in the browser), then its invite's page. */
export default async function RedeemPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code : undefined;
  const checked = typed === undefined ? null : checkCode(typed);
  if (checked?.ok) redirect(`/invite/${checked.code}`);
  return (
    <div className="narrow stack">
      <h1>Redeem an invite code</h1>
      <p>Type the code as it is printed. Dashes, spaces and upper or lower case do not matter, and O may be typed for 0.</p>
      <CodeEntryForm defaultValue={typed} submitted={typed !== undefined} />
    </div>
  );
}
