import { addDays, daysBetween } from "@/lib/dates/days";
import { z } from "zod";
import { isIsoDate } from "@/lib/dates/days";
import { zonedDay } from "@/lib/dates/zone";

export const RANGE_PRESETS = ["today", "7d", "30d", "quarter", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET = "30d" satisfies RangePreset;
/** A custom range longer than this falls back to the default: reports must stay interactive. */
export const MAX_RANGE_DAYS = 366;

export const PRESET_LABELS: Record<RangePreset, string> = {
  today: "Today",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  quarter: "This quarter",
  custom: "Custom",
};

export interface ReportRange {
  preset: RangePreset;
  from: string;
  to: string;
}

/** A preset's days, ending today (the center's day). "quarter" is the calendar quarter to date. */
export function presetRange(preset: Exclude<RangePreset, "custom">, today: string): ReportRange {
  switch (preset) {
    case "today":
      return { preset, from: today, to: today };
    case "7d":
      return { preset, from: addDays(today, -6), to: today };
    case "30d":
      return { preset, from: addDays(today, -29), to: today };
    case "quarter": {
      const [y, m] = today.split("-").map(Number);
      const firstMonth = Math.floor(((m ?? 1) - 1) / 3) * 3 + 1;
      return { preset, from: `${y}-${String(firstMonth).padStart(2, "0")}-01`, to: today };
    }
  }
}

const day = z.string().refine(isIsoDate);
const RangeParams = z.object({
  range: z.enum(RANGE_PRESETS).catch(DEFAULT_PRESET),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

/**
 * Search params → a period. Any bad value (unknown preset, unreal date, from after to, a span over
 * MAX_RANGE_DAYS, a custom range without both ends) gives the default preset: a typo never widens
 * the report to more data than asked for.
 */
export function parseReportRange(
  params: Record<string, string | string[] | undefined>,
  today: string = zonedDay(new Date()),
): ReportRange {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = RangeParams.parse({
    range: first(params.range) ?? DEFAULT_PRESET,
    from: first(params.from),
    to: first(params.to),
  });
  if (parsed.range !== "custom") return presetRange(parsed.range, today);
  const { from, to } = parsed;
  if (!from || !to || from > to || daysBetween(from, to) + 1 > MAX_RANGE_DAYS)
    return presetRange(DEFAULT_PRESET, today);
  return { preset: "custom", from, to };
}

/** The query string of a range (dates only, no PHI), for links and the export form. */
export function rangeQuery(range: ReportRange): string {
  const params = new URLSearchParams({ range: range.preset });
  if (range.preset === "custom") {
    params.set("from", range.from);
    params.set("to", range.to);
  }
  return params.toString();
}
