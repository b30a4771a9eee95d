import type { ReactNode } from "react";

/**
 * The frame of a server-rendered list table: a scrolling bordered box, a caption (visually hidden
 * unless `captionClassName` says otherwise), one header row of `scope="col"` cells, and the body,
 * whose rows the caller renders as `children` with the same `cellPadding` on its cells.
 */
export function DataTable({
  caption,
  columns,
  children,
  cellPadding = "px-3 py-2",
  captionClassName = "sr-only",
}: {
  caption: string;
  columns: readonly ReactNode[];
  children: ReactNode;
  cellPadding?: string;
  captionClassName?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className={captionClassName}>{caption}</caption>
        <ColumnHeaders columns={columns} className="bg-slate-50 text-left text-slate-700" cellClassName={cellPadding} />
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A table's header row: one `scope="col"` cell per column. `cellClassName` may depend on the
 * column (e.g. no right padding on the last).
 */
export function ColumnHeaders({
  columns,
  className,
  cellClassName,
}: {
  columns: readonly ReactNode[];
  className?: string;
  cellClassName?: string | ((index: number, last: boolean) => string);
}) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column, index) => (
          // The header row is fixed for a table's life: its position is its identity.
          <th
            key={index}
            scope="col"
            className={
              typeof cellClassName === "function" ? cellClassName(index, index === columns.length - 1) : cellClassName
            }
          >
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
