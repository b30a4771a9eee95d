import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { exportReport } from "@/lib/reports/export";
import { parseReportRange } from "@/lib/reports/range";
import { isReportSlug, REPORTS } from "@/lib/reports/registry";

/**
 * POST (X7: an export writes an audit row, so it is not a GET). The route needs `report:calls`
 * (everyone with reports); the report's own permission is checked here and again inside the
 * domain function, so a coordinator gets 403 for a clinical report. The body carries only the
 * range (preset and dates): no PHI.
 */
export async function POST(request: Request, context: { params: Promise<{ report: string }> }) {
  try {
    assertSameOrigin(request);
    const { report } = await context.params;
    if (!isReportSlug(report)) throw new NotFoundError("That report does not exist.");
    const actor = await requireActor(REPORTS[report].permission);
    const form = await request.formData();
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : undefined;
    };
    const range = parseReportRange({ range: field("range"), from: field("from"), to: field("to") });
    const { csv } = await exportReport(actor, report, range);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${report}-${range.from}-to-${range.to}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
