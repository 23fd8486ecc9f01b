import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * A table in a horizontally scrolling region. The region is focusable and labelled so keyboard users can scroll
 * it, and a fade on the right edge tells everyone there is more when it does not fit.
 */
export function Table({ className, label = "Table", children, ...props }: ComponentProps<"table"> & { label?: string }) {
  return (
    <div className="grid min-w-0 gap-1">
      <div
        data-slot="table-container"
        className="table-scroll relative w-full overflow-x-auto rounded-lg border"
        tabIndex={0}
        role="region"
        aria-label={`${label} (scrolls sideways)`}
      >
        <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props}>
          <caption className="sr-only">{label}</caption>
          {children}
        </table>
      </div>
      <p className="text-xs text-muted-foreground sm:hidden" data-slot="scroll-hint">
        Swipe the table sideways to see every column.
      </p>
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-muted/50 [&_tr]:border-b", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b transition-colors hover:bg-muted/40 data-[state=selected]:bg-muted", className)} {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      className={cn("h-9 px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-muted-foreground [&:has([role=checkbox])]:w-8", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 align-middle whitespace-nowrap", className)} {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("mt-3 text-sm text-muted-foreground", className)} {...props} />;
}
