import { Eye } from "lucide-react";
import type { ReactNode } from "react";

/** Marks a page the viewer may read but not change (Ops), so missing buttons are not a mystery. */
export function ReadOnlyNote({ children }: { children: ReactNode }) {
  return (
    <p className="mb-4 flex items-center gap-2 rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground" data-testid="read-only">
      <Eye className="size-4 shrink-0" aria-hidden />
      <span>
        <span className="font-medium text-foreground">Read-only.</span> {children}
      </span>
    </p>
  );
}
