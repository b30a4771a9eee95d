import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { REPORT_SLUGS, REPORTS } from "@/lib/reports/registry";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const actor = await guardPage("/reports");
  // Only the reports this role may open (coordinators: the call reports).
  const visible = REPORT_SLUGS.map((slug) => REPORTS[slug]).filter((r) => can(actor, r.permission));
  return (
    <>
      <PageHeader
        title="Reports"
        description="Figures for a period in the center's time zone, each with its chart, the table behind it, a CSV export and a print layout."
      />
      <ul className="grid gap-4 md:grid-cols-2">
        {visible.map((r) => (
          <li key={r.slug}>
            <Card>
              <h2 className="text-lg font-semibold">
                <Link href={`/reports/${r.slug}`} className="text-brand-700 underline">
                  {r.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">{r.description}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
