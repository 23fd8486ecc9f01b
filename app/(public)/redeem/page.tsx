import type { Metadata } from "next";
import { RedeemForm } from "@/components/redeem-form";

export const metadata: Metadata = { title: "Redeem an invite code" };

export default function RedeemPage() {
  return (
    <div className="narrow stack">
      <h1>Redeem an invite code</h1>
      <p>Type the code as it is printed; dashes, spaces and upper or lower case do not matter.</p>
      <RedeemForm />
    </div>
  );
}
