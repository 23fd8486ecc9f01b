import { ArrowRight, Ticket } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function HomePage() {
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-5 py-8 text-center">
      <span aria-hidden className="flex size-12 items-center justify-center rounded-xl bg-primary text-primary-foreground">
        <Ticket className="size-6" />
      </span>
      <h1 className="text-2xl font-semibold tracking-tight">Welcome</h1>
      <p className="text-muted-foreground">
        This service is invitation-only. If someone gave you an invite link, open it; if you have a code on paper, enter it here.
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild size="lg">
          <Link href="/redeem">
            Enter an invite code <ArrowRight aria-hidden />
          </Link>
        </Button>
        <Button asChild size="lg" variant="outline">
          <Link href="/login">Sign in</Link>
        </Button>
      </div>
    </section>
  );
}
