import type { ReactNode } from "react";

/** The table behind a chart (its accessible alternative, and what prints in full). */
export function DataTable({
  id,
  caption,
  header,
  rows,
}: {
  id: string;
  caption: string;
  header: string[];
  rows: ReactNode[][];
}) {
  return (
    <div className="mb-6 overflow-x-auto break-inside-avoid">
      <table id={id} className="min-w-full border-collapse text-sm">
        <caption className="mb-1 text-left font-medium text-slate-800">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {header.map((h, i) => (
              <th key={h} scope="col" className={`px-2 py-1 font-semibold ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={header.length} className="px-2 py-2 text-slate-600">
                No data in this period.
              </td>
            </tr>
          ) : (
            rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-100">
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className="px-2 py-1 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className="px-2 py-1 text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);
export const decimal = (value: number | null, digits = 1) => (value === null ? "—" : value.toFixed(digits));
