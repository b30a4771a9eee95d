import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { parseReportRange, type ReportRange } from "@/lib/reports/range";
import { REPORTS, type ReportSlug } from "@/lib/reports/registry";
import { BarChartFigure, type Series } from "./charts";
import { ReportPage } from "./report-page";
import { DataTable } from "./table";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page title of a report, from the registry. */
export function reportMetadata(slug: ReportSlug): Metadata {
  return { title: REPORTS[slug].title };
}

/**
 * One report page: the page's own guard (each page names its route, so the authorization matrix
 * test reads it there), the range from the query string, the report loaded for
 * the signed-in person, and the body inside the report frame. Each report page only says what it
 * loads and how it shows it.
 */
export function reportRoute<R>(
  slug: ReportSlug,
  guard: () => Promise<Actor>,
  load: (actor: Actor, range: ReportRange) => Promise<R>,
  render: (report: R, range: ReportRange) => ReactNode,
  options: { notice?: ReactNode } = {},
) {
  return async function Report({ searchParams }: { searchParams: SearchParams }) {
    const actor = await guard();
    const range = parseReportRange(await searchParams);
    const report = await load(actor, range);
    return (
      <ReportPage slug={slug} range={range} notice={options.notice}>
        {render(report, range)}
      </ReportPage>
    );
  };
}

/** A bar chart and the table that carries its numbers (the chart's accessible alternative). */
export function BarChartWithTable<D extends Record<string, string | number | null>>({
  id,
  title,
  caption = title,
  xKey,
  data,
  series,
  stacked,
  header,
  row,
}: {
  id: string;
  title: string;
  caption?: string;
  xKey: string;
  data: D[];
  series: Series[];
  stacked?: boolean;
  header: string[];
  row: (d: D) => ReactNode[];
}) {
  return (
    <>
      <BarChartFigure title={title} tableId={id} xKey={xKey} data={data} series={series} stacked={stacked} />
      <DataTable id={id} caption={caption} header={header} rows={data.map(row)} />
    </>
  );
}
