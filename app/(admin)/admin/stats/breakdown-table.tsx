import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Props<Row> = {
  title: string;
  columns: string[];
  rows: Row[];
  cells: (row: Row) => ReactNode[];
  empty?: string;
};

/** One titled breakdown table; every column but the first holds numbers. */
export function BreakdownTable<Row>({ title, columns, rows, cells, empty = "Nothing in this range." }: Props<Row>) {
  return (
    <section className="grid min-w-0 gap-2" aria-label={title}>
      <h2 className="text-base font-semibold">{title}</h2>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">{empty}</p>
      ) : (
        <Table label={title}>
          <TableHeader>
            <TableRow>
              {columns.map((column, index) => (
                <TableHead key={column} scope="col" className={index > 0 ? "text-right" : undefined}>
                  {column}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={index}>
                {cells(row).map((cell, column) => (
                  <TableCell key={column} className={column > 0 ? "text-right tabular-nums" : "max-w-64 truncate"}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
