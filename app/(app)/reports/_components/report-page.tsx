import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page";
import { formatDay } from "@/lib/dates/days";
import type { ReportRange } from "@/lib/reports/range";
import { REPORTS, type ReportSlug } from "@/lib/reports/registry";
import { RangeForm } from "./range-form";

/** A report's frame: title, the period in words (also in print), the range form, the body. */
export function ReportPage({
  slug,
  range,
  children,
  notice,
}: {
  slug: ReportSlug;
  range: ReportRange;
  children: ReactNode;
  notice?: ReactNode;
}) {
  const info = REPORTS[slug];
  return (
    <article className="print:text-[10pt]">
      <PageHeader
        title={info.title}
        description={
          <>
            {info.description} Period: {formatDay(range.from)} to {formatDay(range.to)} (the center&apos;s days).
          </>
        }
      />
      {notice}
      <RangeForm slug={slug} range={range} />
      {children}
    </article>
  );
}
