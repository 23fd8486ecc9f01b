import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="narrow">
      <div className="card stack">
        <h1>Page not found</h1>
        <p>There is nothing at this address. If you have an invite code, you can enter it on the redeem page.</p>
        <div className="row">
          <Link className="button" href="/redeem">
            Enter a code
          </Link>
          <Link className="button secondary" href="/">
            Home
          </Link>
        </div>
      </div>
    </main>
  );
}
