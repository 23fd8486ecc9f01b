import type { ReactNode } from "react";

type Props<Row> = {
  title: string;
  columns: string[];
  rows: Row[];
  cells: (row: Row) => ReactNode[];
  empty?: string;
};

/** One captioned breakdown table; every column but the first holds numbers. */
export function BreakdownTable<Row>({ title, columns, rows, cells, empty = "Nothing in this range." }: Props<Row>) {
  return (
    <section className="stack" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {cells(row).map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
