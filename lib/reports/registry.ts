/**
 * The reports, their URL slugs and who may see them (coordinators see call reports only).
 * Pages, the index, the export route and the domain functions all read the permission from here.
 */
import type { Permission } from "@/lib/auth/rules/permissions";

export const REPORT_SLUGS = [
  "call-volume",
  "dispositions",
  "funnel",
  "screening-outcomes",
  "census",
  "continuity",
] as const;
export type ReportSlug = (typeof REPORT_SLUGS)[number];

export interface ReportInfo {
  slug: ReportSlug;
  title: string;
  description: string;
  permission: Extract<Permission, "report:calls" | "report:clinical">;
}

export const REPORTS: Record<ReportSlug, ReportInfo> = {
  "call-volume": {
    slug: "call-volume",
    title: "Call volume",
    description: "Calls by day, hour of the week, line and direction; missed and unlogged calls.",
    permission: "report:calls",
  },
  dispositions: {
    slug: "dispositions",
    title: "Dispositions and callback time",
    description: "How calls ended, and how long callback requests waited for the first callback.",
    permission: "report:calls",
  },
  funnel: {
    slug: "funnel",
    title: "Admissions funnel",
    description: "Calls → screened → approved → admitted, overall and by referral source.",
    permission: "report:clinical",
  },
  "screening-outcomes": {
    slug: "screening-outcomes",
    title: "Screening outcomes",
    description: "Recommended vs chosen level of care, overrides, safety flags, PHQ-9/GAD-7 bands.",
    permission: "report:clinical",
  },
  census: {
    slug: "census",
    title: "Census and length of stay",
    description: "Daily census by level of care; average and median length of stay.",
    permission: "report:clinical",
  },
  continuity: {
    slug: "continuity",
    title: "Step-down continuity",
    description: "7- and 30-day follow-up after residential and withdrawal-management discharge.",
    permission: "report:clinical",
  },
};

export function isReportSlug(value: string): value is ReportSlug {
  return (REPORT_SLUGS as readonly string[]).includes(value);
}
