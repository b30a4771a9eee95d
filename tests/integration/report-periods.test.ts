/**
 * Every report's period edges: rows on the first and the last day are in, rows on the day before and
 * the day after are out — whole days in the center's zone (lib/dates), tested on
 * periods that start on the day clocks go forward and end on the day they go back.
 */
import { describe, expect, it } from "vitest";
import { addDays, nextDay } from "@/lib/dates/days";
import { startOfZonedDay } from "@/lib/dates/zone";
import { getDb } from "@/lib/db/client";
import { callVolumeReport } from "@/lib/reports/call-volume";
import { censusReport } from "@/lib/reports/census";
import { continuityReport } from "@/lib/reports/continuity";
import { dispositionsReport } from "@/lib/reports/dispositions";
import { funnelReport } from "@/lib/reports/funnel";
import { screeningOutcomesReport } from "@/lib/reports/screening-outcomes";
import { makeCall, makeEpisode, makePatient, makeReportReaders, makeScreening } from "@/tests/factories";

// Reports count whole tables (each test file has its own database), and each report its own year.

type Period = { from: string; to: string };

/** In New York: clocks go forward on the second Sunday of March and back on the first Sunday of November. */
const DST_DAYS: Record<number, { spring: string; fall: string }> = {
  2019: { spring: "2019-03-10", fall: "2019-11-03" },
  2020: { spring: "2020-03-08", fall: "2020-11-01" },
  2021: { spring: "2021-03-14", fall: "2021-11-07" },
  2022: { spring: "2022-03-13", fall: "2022-11-06" },
  2023: { spring: "2023-03-12", fall: "2023-11-05" },
  2024: { spring: "2024-03-10", fall: "2024-11-03" },
};

/** Two periods of a year: one that starts on a 23-hour day, one that ends on a 25-hour day. */
const periodsOf = (year: number): Period[] => {
  const { spring, fall } = DST_DAYS[year]!;
  return [
    { from: spring, to: addDays(spring, 6) },
    { from: addDays(fall, -6), to: fall },
  ];
};

/** The last second before the period, its first and last seconds, and the first second after it. */
function edges(period: Period) {
  const start = startOfZonedDay(period.from).getTime();
  const end = startOfZonedDay(nextDay(period.to)).getTime();
  return {
    inside: [new Date(start), new Date(end - 1000)],
    outside: [new Date(start - 1000), new Date(end)],
  };
}

/** The days just inside and just outside a period, for date-only columns. */
const dayEdges = (period: Period) => ({
  inside: [period.from, period.to],
  outside: [addDays(period.from, -1), addDays(period.to, 1)],
});

async function readers() {
  const db = await getDb();
  return { db, ...(await makeReportReaders(db)) };
}

describe("report periods: first and last day in, the days around them out, across DST", () => {
  it.each(periodsOf(2019))("call volume, $from to $to", async (period) => {
    const { db, coordinator } = await readers();
    const { inside, outside } = edges(period);
    for (const startedAt of [...inside, ...outside]) await makeCall(db, { startedAt });
    const report = await callVolumeReport(coordinator, period);
    expect(report.totals.calls).toBe(2);
    expect(report.byDay.map((d) => [d.day, d.calls]).filter(([, n]) => n !== 0)).toEqual([
      [period.from, 1],
      [period.to, 1],
    ]);
  });

  it.each(periodsOf(2020))("dispositions, $from to $to", async (period) => {
    const { db, coordinator } = await readers();
    const { inside, outside } = edges(period);
    for (const startedAt of [...inside, ...outside]) await makeCall(db, { startedAt, disposition: "INFORMATION_ONLY" });
    const report = await dispositionsReport(coordinator, period);
    expect(report.dispositions.reduce((sum, d) => sum + d.calls, 0)).toBe(2);
  });

  it.each(periodsOf(2021))("admissions funnel, $from to $to", async (period) => {
    const { db, clinician } = await readers();
    const { inside, outside } = edges(period);
    for (const startedAt of [...inside, ...outside]) {
      const patient = await makePatient(db);
      await makeCall(db, { startedAt, patientId: patient.id });
    }
    expect((await funnelReport(clinician, period)).overall.calls).toBe(2);
  });

  it.each(periodsOf(2022))("screening outcomes, $from to $to", async (period) => {
    const { db, clinician } = await readers();
    const { inside, outside } = edges(period);
    for (const submittedAt of [...inside, ...outside]) {
      const patient = await makePatient(db);
      await makeScreening(db, clinician.id, patient.id, { submittedAt });
    }
    expect((await screeningOutcomesReport(clinician, period)).submitted).toBe(2);
  });

  it.each(periodsOf(2023))("census and length of stay, $from to $to", async (period) => {
    const { db, clinician } = await readers();
    const { inside, outside } = dayEdges(period);
    // Discharges on each edge day: length of stay counts the ones inside (the first day included).
    for (const end of [...inside, ...outside])
      await makeEpisode(db, { level: "RESIDENTIAL", start: addDays(end, -10), end });
    // One-night IOP stays starting on each edge day: the census shows the ones inside, each on its
    // own day (a patient is counted from the admission day up to, not including, the discharge day).
    for (const start of [...inside, ...outside]) await makeEpisode(db, { level: "IOP", start, end: nextDay(start) });
    const report = await censusReport(clinician, period);
    expect(report.lengthOfStay.find((s) => s.level === "RESIDENTIAL")).toEqual({
      level: "RESIDENTIAL",
      episodes: 2,
      averageDays: 10,
      medianDays: 10,
    });
    const iop = (day: string) => report.daily.find((d) => d.day === day && d.level === "IOP")?.patients ?? 0;
    expect(iop(period.from)).toBe(1);
    expect(iop(period.to)).toBe(1);
    expect(iop(nextDay(period.from))).toBe(0);
    expect(report.daily.some((d) => d.day < period.from || d.day > period.to)).toBe(false);
  });

  it.each(periodsOf(2024))("step-down continuity, $from to $to", async (period) => {
    const { db, clinician } = await readers();
    const { inside, outside } = dayEdges(period);
    for (const end of [...inside, ...outside])
      await makeEpisode(db, { level: "RESIDENTIAL", start: addDays(end, -30), end });
    const report = await continuityReport(clinician, period, "2026-01-01");
    expect(report.totals.discharges).toBe(2);
  });
});
