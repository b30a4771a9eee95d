import { buttonClass } from "@/components/ui/button-class";
import { PRESET_LABELS, RANGE_PRESETS, type ReportRange } from "@/lib/reports/range";
import type { ReportSlug } from "@/lib/reports/registry";
import { PrintButton } from "./print-button";

const input = "block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * The period (a GET form: only a preset and dates in the URL, never PHI), the CSV export (a POST:
 * it writes an audit row) and printing. A custom range needs both dates; anything else falls back
 * to the default preset (lib/reports/range.ts).
 */
export function RangeForm({ slug, range }: { slug: ReportSlug; range: ReportRange }) {
  return (
    <div className="no-print mb-6 flex flex-wrap items-end justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
      <form method="get" aria-label="Report period" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="r-range" className="block text-xs font-medium">
            Period
          </label>
          <select id="r-range" name="range" defaultValue={range.preset} className={input}>
            {RANGE_PRESETS.map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-from" className="block text-xs font-medium">
            From (custom)
          </label>
          <input id="r-from" type="date" name="from" defaultValue={range.from} className={input} />
        </div>
        <div>
          <label htmlFor="r-to" className="block text-xs font-medium">
            To, inclusive (custom)
          </label>
          <input id="r-to" type="date" name="to" defaultValue={range.to} className={input} />
        </div>
        <button type="submit" className={buttonClass()}>
          Show
        </button>
      </form>
      <div className="flex gap-2">
        <form method="post" action={`/api/reports/${slug}/export`}>
          <input type="hidden" name="range" value={range.preset} />
          <input type="hidden" name="from" value={range.from} />
          <input type="hidden" name="to" value={range.to} />
          <button type="submit" className={buttonClass("secondary")}>
            Export CSV
          </button>
        </form>
        <PrintButton />
      </div>
    </div>
  );
}
