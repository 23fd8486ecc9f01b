import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { Button } from "./ui/button";

const TRAIL_SEPARATOR = ".";

/**
 * Keyset pagination with a way back: the cursors of the pages before this one travel in the URL (`trail`), so
 * "Previous" needs no offset query. Shows where in the total the page is ("51–100 of 1,234").
 */
export function Pager({
  path,
  params,
  nextCursor,
  total,
  shown,
  pageSize,
  cap,
  noun = "invites",
}: {
  path: string;
  params: Record<string, string>;
  nextCursor: string | null;
  total?: number;
  shown: number;
  pageSize: number;
  cap?: number;
  noun?: string;
}) {
  const { cursor, trail, ...filters } = params;
  const earlier = trail ? trail.split(TRAIL_SEPARATOR).filter(Boolean) : [];
  const pageIndex = cursor ? earlier.length + 1 : 0;
  const href = (extra: Record<string, string | undefined>) => {
    const entries = Object.entries({ ...filters, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1]));
    return `${path}?${new URLSearchParams(entries)}`;
  };
  const previous = cursor ? href({ cursor: earlier.at(-1), trail: earlier.slice(0, -1).join(TRAIL_SEPARATOR) }) : null;
  const next = nextCursor ? href({ cursor: nextCursor, trail: cursor ? [...earlier, cursor].join(TRAIL_SEPARATOR) : undefined }) : null;
  const from = shown === 0 ? 0 : pageIndex * pageSize + 1;
  const to = pageIndex * pageSize + shown;
  const capped = cap !== undefined && total !== undefined && total > cap;
  const totalText = total === undefined ? null : capped ? `${cap!.toLocaleString("en")}+` : total.toLocaleString("en");
  return (
    <nav aria-label="Pages" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-muted-foreground" data-testid="list-total">
        {shown === 0 ? `No ${noun}` : `${from.toLocaleString("en")}–${to.toLocaleString("en")}${totalText ? ` of ${totalText}` : ""} ${noun}`}
      </p>
      <div className="flex gap-2">
        {previous ? (
          <Button asChild variant="outline" size="sm">
            <Link href={previous} rel="prev">
              <ChevronLeft aria-hidden /> Previous
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled>
            <ChevronLeft aria-hidden /> Previous
          </Button>
        )}
        {next ? (
          <Button asChild variant="outline" size="sm">
            <Link href={next} rel="next">
              Next <ChevronRight aria-hidden />
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled>
            Next <ChevronRight aria-hidden />
          </Button>
        )}
      </div>
    </nav>
  );
}
