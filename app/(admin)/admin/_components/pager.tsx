import Link from "next/link";

/** Keyset pagination: a link to the next page (the cursor kept in the URL with the filters) and back to the first. */
export function Pager({ path, params, nextCursor }: { path: string; params: Record<string, string>; nextCursor: string | null }) {
  const { cursor, ...filters } = params;
  const href = (extra: Record<string, string>) => `${path}?${new URLSearchParams({ ...filters, ...extra })}`;
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className="row">
      {cursor ? <Link href={href({})}>First page</Link> : null}
      {nextCursor ? <Link href={href({ cursor: nextCursor })}>Next page</Link> : null}
    </nav>
  );
}
