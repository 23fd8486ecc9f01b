import { SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default function NotFound() {
  return (
    <Card className="mx-auto max-w-md items-start">
      <SearchX className="size-8 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-muted-foreground">There is nothing at this address. If you have an invite code, you can enter it on the redeem page.</p>
      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <Link href="/redeem">Enter a code</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/">Home</Link>
        </Button>
      </div>
    </Card>
  );
}
