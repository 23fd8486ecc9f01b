import Link from "next/link";
import { SiteHeader } from "@/components/site-header";

export default function HomePage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="narrow stack">
        <h1>Welcome</h1>
        <p>This service is invitation-only. If someone gave you an invite link, open it; if you have a code on paper, enter it here.</p>
        <div className="row">
          <Link className="button" href="/redeem">
            Enter an invite code
          </Link>
          <Link className="button secondary" href="/login">
            Sign in
          </Link>
        </div>
      </main>
    </>
  );
}
