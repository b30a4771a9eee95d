import "server-only";
/**
 * CSV export of a report's tables (docs/security.md V9: formula-safe cells; docs/clinical.md: the Part 2
 * redisclosure notice on top). Figures are aggregates, but an export is a disclosure all the same:
 * one audit row `report.export` per export, written before any byte leaves. The continuity export
 * lists discharges that missed follow-up by episode and patient id (no names: minimum necessary).
 */
import type { Actor } from "@/lib/auth/actor";
import { zonedDay } from "@/lib/dates/zone";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { csvRow, PART2_NOTICE } from "@/lib/csv";
import { callVolumeReport } from "./call-volume";
import { censusReport } from "./census";
import type { ReportPeriod } from "./common";
import { continuityReport } from "./continuity";
import { dispositionsReport } from "./dispositions";
import { EKRA_NOTICE, funnelReport } from "./funnel";
import type { ReportSlug } from "./registry";
import { screeningOutcomesReport } from "./screening-outcomes";

type Cell = string | number | boolean | null | undefined;
type Table = { title: string; header: string[]; rows: Cell[][] };

const pct = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** The tables behind a report (each domain function checks the permission first). */
export async function reportTables(actor: Actor, slug: ReportSlug, period: ReportPeriod): Promise<Table[]> {
  switch (slug) {
    case "call-volume": {
      const r = await callVolumeReport(actor, period);
      return [
        {
          title: "Calls by day",
          header: ["Day", "Calls", "Missed", "Unlogged"],
          rows: r.byDay.map((d) => [d.day, d.calls, d.missed, d.unlogged]),
        },
        {
          title: "Calls by line",
          header: ["Line", "Calls", "Missed"],
          rows: r.byLine.map((l) => [l.label, l.calls, l.missed]),
        },
        {
          title: "Calls by direction",
          header: ["Direction", "Calls"],
          rows: r.byDirection.map((d) => [d.direction, d.calls]),
        },
        {
          title: "Calls by hour of week",
          header: ["ISO day of week", "Hour", "Calls"],
          rows: r.byHourOfWeek.map((c) => [c.dow, c.hour, c.calls]),
        },
      ];
    }
    case "dispositions": {
      const r = await dispositionsReport(actor, period);
      const c = r.callbacks;
      return [
        {
          title: "Dispositions",
          header: ["Disposition", "Calls"],
          rows: r.dispositions.map((d) => [d.disposition ?? "Not logged", d.calls]),
        },
        {
          title: "Time to first callback",
          header: ["Requested", "Called back", "Not called back", "Median (min)", "90th percentile (min)"],
          rows: [[c.requested, c.calledBack, c.notCalledBack, c.medianMinutes, c.p90Minutes]],
        },
      ];
    }
    case "funnel": {
      const r = await funnelReport(actor, period);
      const header = [
        "Referral source",
        "Calls",
        "Screened",
        "Approved",
        "Admitted",
        "Screened %",
        "Approved %",
        "Admitted %",
        "Calls → admitted %",
      ];
      const row = (name: string, f: typeof r.overall): Cell[] => [
        name,
        f.calls,
        f.screened,
        f.approved,
        f.admitted,
        pct(f.screenedRate),
        pct(f.approvedRate),
        pct(f.admittedRate),
        pct(f.overallRate),
      ];
      return [
        {
          title: EKRA_NOTICE,
          header,
          rows: [row("All sources", r.overall), ...r.bySource.map((s) => row(s.source, s))],
        },
      ];
    }
    case "screening-outcomes": {
      const r = await screeningOutcomesReport(actor, period, { audit: false });
      return [
        {
          title: "Recommended vs chosen level",
          header: ["Recommended", "Chosen", "Screenings"],
          rows: r.matrix.map((m) => [m.recommended, m.chosen, m.screenings]),
        },
        {
          title: "Safety flags",
          header: ["Raised", "Resolved", "Median hours to resolve"],
          rows: [[r.safetyFlags.raised, r.safetyFlags.resolved, r.safetyFlags.medianHoursToResolve]],
        },
        {
          title: "Bands",
          header: ["Instrument", "Band", "Screenings"],
          rows: r.bands.map((b) => [b.instrument, b.band, b.screenings]),
        },
      ];
    }
    case "census": {
      const r = await censusReport(actor, period);
      return [
        {
          title: "Daily census",
          header: ["Day", "Level", "Patients"],
          rows: r.daily.map((d) => [d.day, d.level, d.patients]),
        },
        {
          title: "Length of stay (episodes ended in the period)",
          header: ["Level", "Episodes", "Average days", "Median days"],
          rows: r.lengthOfStay.map((l) => [l.level, l.episodes, l.averageDays, l.medianDays]),
        },
      ];
    }
    case "continuity": {
      const r = await continuityReport(actor, period, zonedDay(new Date()), { audit: false });
      return [
        {
          title: "Monthly follow-up",
          header: [
            "Month",
            "Discharges",
            "Within 7 days",
            "Within 30 days",
            "7-day %",
            "30-day %",
            "Excluded (re-admitted)",
          ],
          rows: r.monthly.map((m) => [
            m.month,
            m.discharges,
            m.followedUp7,
            m.followedUp30,
            pct(m.rate7),
            pct(m.rate30),
            m.excluded,
          ]),
        },
        {
          title: "Discharges without follow-up within 7 days",
          header: ["Episode", "Patient id", "Level", "Discharged", "Days to follow-up", "Followed up within 30"],
          rows: r.missed.map((m) => [m.episodeId, m.patientId, m.level, m.endDate, m.daysToFollowUp, m.followedUp30]),
        },
      ];
    }
  }
}

/** The CSV text of a report, audited as a disclosure. */
export async function exportReport(
  actor: Actor,
  slug: ReportSlug,
  period: ReportPeriod,
): Promise<{ rows: number; csv: string }> {
  const tables = await reportTables(actor, slug, period);
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  await recordPhiAccess(actor, {
    action: "report.export",
    entityType: "Report",
    entityId: slug,
    detail: { report: slug, from: period.from, to: period.to, rows },
  });
  let csv = csvRow([PART2_NOTICE]) + csvRow([`Period ${period.from} to ${period.to}`]);
  for (const table of tables)
    csv += `\r\n${csvRow([table.title])}${csvRow(table.header)}${table.rows.map((r) => csvRow(r)).join("")}`;
  return { rows, csv };
}
