import { describe, expect, it } from "vitest";
import { continuityRates, measureContinuity } from "@/lib/care/rules/continuity";
import { addDays } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ForbiddenError } from "@/lib/errors";
import { callVolumeReport } from "@/lib/reports/call-volume";
import { censusReport } from "@/lib/reports/census";
import { continuityReport } from "@/lib/reports/continuity";
import { dispositionsReport } from "@/lib/reports/dispositions";
import { exportReport } from "@/lib/reports/export";
import { PART2_NOTICE } from "@/lib/csv";
import { funnelReport } from "@/lib/reports/funnel";
import { screeningOutcomesReport } from "@/lib/reports/screening-outcomes";
import { toIsoDay } from "@/lib/dates/db-days";
import {
  makeCall,
  makeEpisode,
  makePatient,
  makePhoneLine,
  makeReportReaders,
  makeReferralSource,
  makeScreening,
  makeSession,
} from "@/tests/factories";

// Reports count whole tables (each test file has its own database), and each report's data lives in its own
// period. The dashboard (current state) is tested in dashboard.test.ts.

const at = (utc: string) => new Date(utc);

async function actors() {
  const db = await getDb();
  return { db, ...(await makeReportReaders(db)) };
}

describe("reports", () => {
  it("runs in the center's zone (the fixtures assume New York)", () => {
    expect(env().CENTER_TIME_ZONE).toBe("America/New_York");
  });

  it("call volume: by day, hour of week, line and direction, in New York days", async () => {
    const { db, coordinator } = await actors();
    const [l1, l2] = [await makePhoneLine(db), await makePhoneLine(db)];
    await makeCall(db, { phoneLineId: l1.id, startedAt: at("2026-01-06T04:30:00Z") }); // Mon 01-05 23:30 New York
    await makeCall(db, { phoneLineId: l1.id, startedAt: at("2026-01-05T04:59:00Z") }); // Sun 01-04 23:59: before the period
    await makeCall(db, {
      phoneLineId: l1.id,
      startedAt: at("2026-01-05T05:00:00Z"),
      source: "TELEPHONY",
      status: "NO_ANSWER",
      disposition: null,
    }); // Mon 00:00
    await makeCall(db, { phoneLineId: l2.id, startedAt: at("2026-01-07T15:00:00Z"), direction: "OUTBOUND" }); // Wed 10:00
    await makeCall(db, { startedAt: at("2026-01-07T15:30:00Z"), status: "BUSY", disposition: "NO_ANSWER" }); // Wed 10:30, no line
    await makeCall(db, { phoneLineId: l2.id, startedAt: at("2026-01-12T04:59:00Z"), disposition: null }); // Sun 01-11 23:59
    await makeCall(db, { phoneLineId: l2.id, startedAt: at("2026-01-12T05:00:00Z") }); // Mon 01-12: after the period

    const report = await callVolumeReport(coordinator, { from: "2026-01-05", to: "2026-01-11" });
    expect(report.totals).toEqual({ calls: 5, inbound: 4, outbound: 1, missed: 2, unlogged: 2 });
    expect(report.byDay).toEqual([
      { day: "2026-01-05", calls: 2, missed: 1, unlogged: 1 },
      { day: "2026-01-06", calls: 0, missed: 0, unlogged: 0 },
      { day: "2026-01-07", calls: 2, missed: 1, unlogged: 0 },
      { day: "2026-01-08", calls: 0, missed: 0, unlogged: 0 },
      { day: "2026-01-09", calls: 0, missed: 0, unlogged: 0 },
      { day: "2026-01-10", calls: 0, missed: 0, unlogged: 0 },
      { day: "2026-01-11", calls: 1, missed: 0, unlogged: 1 },
    ]);
    expect(report.byHourOfWeek).toHaveLength(168);
    expect(report.byHourOfWeek.filter((c) => c.calls > 0)).toEqual([
      { dow: 1, hour: 0, calls: 1 },
      { dow: 1, hour: 23, calls: 1 },
      { dow: 3, hour: 10, calls: 2 },
      { dow: 7, hour: 23, calls: 1 },
    ]);
    expect(report.byLine).toEqual(
      expect.arrayContaining([
        { lineId: l1.id, label: l1.label, calls: 2, missed: 1 },
        { lineId: l2.id, label: l2.label, calls: 2, missed: 0 },
        { lineId: null, label: "No line", calls: 1, missed: 1 },
      ]),
    );
    expect(report.byLine).toHaveLength(3);
    expect(report.byDirection).toEqual([
      { direction: "INBOUND", calls: 4 },
      { direction: "OUTBOUND", calls: 1 },
    ]);
    // One New York day: 2026-01-05 only.
    expect((await callVolumeReport(coordinator, { from: "2026-01-05", to: "2026-01-05" })).totals.calls).toBe(2);
  });

  it("dispositions and time to first callback (median, p90)", async () => {
    const { db, coordinator } = await actors();
    const n = (i: number) => `+1555000010${i}`;
    const request = (i: number, utc: string) =>
      makeCall(db, { fromNumber: n(i), startedAt: at(utc), disposition: "CALLBACK_REQUESTED" });
    const outbound = (
      number: string,
      utc: string,
      disposition: "VOICEMAIL_LEFT" | "ASSESSMENT_SCHEDULED" | "INFORMATION_ONLY",
    ) => makeCall(db, { fromNumber: number, startedAt: at(utc), direction: "OUTBOUND", disposition });
    // 1: an outbound call to the number 60 minutes later (an earlier one does not count).
    await outbound(n(1), "2026-02-02T14:00:00Z", "VOICEMAIL_LEFT");
    await request(1, "2026-02-02T15:00:00Z");
    await outbound(n(1), "2026-02-02T16:00:00Z", "VOICEMAIL_LEFT");
    // 2: the callback task's result call, to another number, 120 minutes later.
    const r2 = await request(2, "2026-02-03T15:00:00Z");
    const result2 = await outbound("+15550000199", "2026-02-03T17:00:00Z", "ASSESSMENT_SCHEDULED");
    await db.task.create({
      data: {
        kind: "CALLBACK",
        status: "DONE",
        callId: r2.id,
        resultCallId: result2.id,
        dueAt: at("2026-02-03T16:00:00Z"),
      },
    });
    // 3: never called back.
    await request(3, "2026-02-04T15:00:00Z");
    // 4: both; the first (30 minutes) wins.
    const r4 = await request(4, "2026-02-05T15:00:00Z");
    await outbound(n(4), "2026-02-05T15:30:00Z", "INFORMATION_ONLY");
    const result4 = await outbound(n(5), "2026-02-05T16:00:00Z", "ASSESSMENT_SCHEDULED");
    await db.task.create({
      data: {
        kind: "CALLBACK",
        status: "DONE",
        callId: r4.id,
        resultCallId: result4.id,
        dueAt: at("2026-02-05T16:00:00Z"),
      },
    });
    await makeCall(db, { startedAt: at("2026-02-06T15:00:00Z"), disposition: null });

    const report = await dispositionsReport(coordinator, { from: "2026-02-02", to: "2026-02-08" });
    expect(report.dispositions).toEqual([
      { disposition: "CALLBACK_REQUESTED", calls: 4 },
      { disposition: "ASSESSMENT_SCHEDULED", calls: 2 },
      { disposition: "VOICEMAIL_LEFT", calls: 2 },
      { disposition: "INFORMATION_ONLY", calls: 1 },
      { disposition: null, calls: 1 },
    ]);
    // Minutes 30, 60, 120: median 60; p90 = 60 + 0.8 × (120 − 60) = 108.
    expect(report.callbacks).toEqual({
      requested: 4,
      calledBack: 3,
      notCalledBack: 1,
      medianMinutes: 60,
      p90Minutes: 108,
    });
  });

  it("admissions funnel: nested stages, overall and by referral source; clinical only", async () => {
    const { db, coordinator, clinician } = await actors();
    const [s1, s2] = [await makeReferralSource(db), await makeReferralSource(db)];
    const inPeriod = at("2026-03-04T15:00:00Z");
    const person = async (
      fields: Parameters<typeof makePatient>[1],
      callAt = inPeriod,
      callSource: string | null = null,
    ) => {
      const p = await makePatient(db, fields);
      await makeCall(db, { patientId: p.id, startedAt: callAt, referralSourceId: callSource });
      return p;
    };
    const p1 = await person({ referralSourceId: s1.id, pipelineStatus: "ADMITTED" });
    await makeScreening(db, clinician.id, p1.id, { status: "REVIEWED" });
    await db.pipelineEvent.create({ data: { patientId: p1.id, toStatus: "APPROVED" } });
    await makeEpisode(db, { patientId: p1.id, level: "RESIDENTIAL", start: "2026-03-06" });
    const p2 = await person({ referralSourceId: s1.id, pipelineStatus: "AWAITING_CLINICAL_DECISION" });
    await makeScreening(db, clinician.id, p2.id);
    await person({}, inPeriod, s2.id); // p3: the source comes from the call
    const p4 = await person({ referralSourceId: s2.id, pipelineStatus: "APPROVED" });
    await makeScreening(db, clinician.id, p4.id, { status: "REVIEWED" });
    await person({ referralSourceId: s1.id }, at("2026-02-27T15:00:00Z")); // p5: call before the period
    const p6 = await person({});
    await makeCall(db, { patientId: p6.id, startedAt: at("2026-03-05T15:00:00Z") }); // two calls: one person
    await makeScreening(db, clinician.id, p6.id, { status: "DRAFT", submittedAt: null });
    const p7 = await person({});
    await makeEpisode(db, { patientId: p7.id, level: "IOP", start: "2026-03-06", end: "2026-03-07" }); // admitted unscreened: stays at "calls"

    await expect(funnelReport(coordinator, { from: "2026-03-02", to: "2026-03-08" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const report = await funnelReport(clinician, { from: "2026-03-02", to: "2026-03-08" });
    expect(report.overall).toEqual({
      calls: 6,
      screened: 3,
      approved: 2,
      admitted: 1,
      screenedRate: 0.5,
      approvedRate: 2 / 3,
      admittedRate: 0.5,
      overallRate: 1 / 6,
    });
    const bySource = Object.fromEntries(
      report.bySource.map((r) => [r.sourceId ?? "none", [r.calls, r.screened, r.approved, r.admitted]]),
    );
    expect(bySource).toEqual({ [s1.id]: [2, 2, 1, 1], [s2.id]: [2, 1, 1, 0], none: [2, 0, 0, 0] });
  });

  it("screening outcomes: agreement matrix, overrides, safety flags, bands", async () => {
    const { db, coordinator, clinician } = await actors();
    const patient = await makePatient(db);
    const screen = (submittedAt: string, data: Parameters<typeof makeScreening>[3]) =>
      makeScreening(db, clinician.id, patient.id, { submittedAt: at(submittedAt), ...data });
    await screen("2026-04-06T12:00:00Z", {
      status: "REVIEWED",
      recommendedLevel: "RESIDENTIAL",
      finalLevel: "RESIDENTIAL",
      scores: { phq9: { total: 12, band: "moderate" }, gad7: { total: 6, band: "mild" } },
    });
    const s2 = await screen("2026-04-07T12:00:00Z", {
      status: "REVIEWED",
      recommendedLevel: "RESIDENTIAL",
      finalLevel: "IOP",
      overrideReason: "Work obligations",
      scores: { phq9: { total: 21, band: "severe" } },
    });
    await screen("2026-04-08T12:00:00Z", {
      recommendedLevel: "IOP",
      scores: { phq9: { total: 11, band: "moderate" }, gad7: { total: 16, band: "severe" } },
    });
    await makeScreening(db, clinician.id, patient.id, {
      status: "DRAFT",
      submittedAt: null,
      scores: { phq9: { total: 1, band: "minimal" } },
    });
    await screen("2026-04-13T04:30:00Z", { status: "REVIEWED", recommendedLevel: "PHP", finalLevel: "PHP" }); // 04-13 00:30 New York: after
    await screen("2026-04-13T03:30:00Z", { status: "REVIEWED", recommendedLevel: "IOP", finalLevel: "IOP" }); // 04-12 23:30 New York: in
    const flag = (raisedAt: string, risk: "HIGH" | "MODERATE", hours: number | null) =>
      db.safetyFlag.create({
        data: {
          patientId: patient.id,
          risk,
          source: "cssrs",
          raisedAt: at(raisedAt),
          ...(hours === null
            ? {}
            : { status: "RESOLVED", resolvedAt: new Date(at(raisedAt).getTime() + hours * 3_600_000) }),
        },
      });
    await flag("2026-04-06T12:00:00Z", "HIGH", 2);
    await flag("2026-04-07T12:00:00Z", "MODERATE", 4);
    await flag("2026-04-08T12:00:00Z", "HIGH", null);
    await flag("2026-04-05T12:00:00Z", "HIGH", 1); // before the period

    await expect(screeningOutcomesReport(coordinator, { from: "2026-04-06", to: "2026-04-12" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const report = await screeningOutcomesReport(clinician, { from: "2026-04-06", to: "2026-04-12" });
    expect([report.submitted, report.decided, report.agreed]).toEqual([4, 3, 2]);
    expect(report.matrix).toEqual([
      { recommended: "IOP", chosen: "IOP", screenings: 1 },
      { recommended: "RESIDENTIAL", chosen: "IOP", screenings: 1 },
      { recommended: "RESIDENTIAL", chosen: "RESIDENTIAL", screenings: 1 },
    ]);
    expect(report.overrides).toEqual([
      {
        screeningId: s2.id,
        submittedAt: s2.submittedAt,
        recommended: "RESIDENTIAL",
        chosen: "IOP",
        reason: "Work obligations",
      },
    ]);
    expect(report.safetyFlags).toEqual({
      raised: 3,
      resolved: 2,
      medianHoursToResolve: 3,
      byRisk: [
        { risk: "HIGH", flags: 2 },
        { risk: "MODERATE", flags: 1 },
      ],
    });
    expect(report.bands).toEqual([
      { instrument: "gad7", band: "mild", screenings: 1 },
      { instrument: "gad7", band: "severe", screenings: 1 },
      { instrument: "phq9", band: "moderate", screenings: 2 },
      { instrument: "phq9", band: "severe", screenings: 1 },
    ]);
    expect(await db.auditEvent.count({ where: { actorId: clinician.id, action: "report.list" } })).toBe(1);
  });

  it("census by day and level, length of stay per level", async () => {
    const { db, clinician } = await actors();
    const e1 = await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-08-30", end: "2025-09-02" });
    await makeEpisode(db, { patientId: e1.patientId, level: "IOP", start: "2025-09-02" }); // the step-down, still open
    await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-09-01", end: "2025-09-10" });
    await makeEpisode(db, { level: "WITHDRAWAL_MANAGEMENT", start: "2025-09-03", end: "2025-09-03" });
    await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-08-20", end: "2025-09-03" });

    const report = await censusReport(clinician, { from: "2025-09-01", to: "2025-09-03" });
    expect(report.daily).toEqual([
      { day: "2025-09-01", level: "RESIDENTIAL", patients: 3 },
      { day: "2025-09-02", level: "RESIDENTIAL", patients: 2 },
      { day: "2025-09-02", level: "IOP", patients: 1 },
      { day: "2025-09-03", level: "RESIDENTIAL", patients: 1 },
      { day: "2025-09-03", level: "IOP", patients: 1 },
    ]);
    expect(report.lengthOfStay).toEqual([
      { level: "WITHDRAWAL_MANAGEMENT", episodes: 1, averageDays: 0, medianDays: 0 },
      { level: "RESIDENTIAL", episodes: 2, averageDays: 8.5, medianDays: 8.5 },
    ]);
  });

  it("census by day equals the per-day definition on random stays, over a period longer than the stays", async () => {
    // The report computes the census from admissions and discharges (a running sum); this checks it
    // against the definition — open on day d = started on or before d and not ended by d — for
    // every day and level, over every episode in the database (other tests' rows included).
    const { db, clinician } = await actors();
    let seed = 20240301;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const levels = ["RESIDENTIAL", "WITHDRAWAL_MANAGEMENT", "PHP", "IOP", "OUTPATIENT"] as const;
    for (let i = 0; i < 60; i++) {
      const start = addDays("2024-01-10", random(120));
      const open = random(5) === 0;
      await makeEpisode(db, {
        level: levels[random(levels.length)]!,
        start,
        ...(open ? {} : { end: addDays(start, random(45)) }),
      });
    }
    const period = { from: "2024-02-01", to: "2024-05-15" };
    // The edges: stays that begin or end on the first or the last day, or begin and end the same day.
    const edges: [string, string | undefined][] = [
      ["2024-01-20", "2024-02-01"],
      ["2024-02-01", "2024-02-01"],
      ["2024-02-01", "2024-02-02"],
      ["2024-02-01", undefined],
      ["2024-05-15", "2024-05-15"],
      ["2024-05-10", "2024-05-15"],
      ["2024-05-15", undefined],
      ["2024-01-31", "2024-05-16"],
    ];
    for (const [start, end] of edges)
      await makeEpisode(db, { level: "RESIDENTIAL", start, ...(end === undefined ? {} : { end }) });
    const report = await censusReport(clinician, period);

    const episodes = await db.careEpisode.findMany({ select: { level: true, startDate: true, endDate: true } });
    const expected: { day: string; level: string; patients: number }[] = [];
    for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
      for (const level of ["WITHDRAWAL_MANAGEMENT", "RESIDENTIAL", "PHP", "IOP", "OUTPATIENT"]) {
        const patients = episodes.filter(
          (e) => e.level === level && toIsoDay(e.startDate) <= day && (e.endDate === null || toIsoDay(e.endDate) > day),
        ).length;
        if (patients > 0) expected.push({ day, level, patients });
      }
    }
    const order = (rows: { day: string; level: string }[]) =>
      [...rows].sort((a, b) => a.day.localeCompare(b.day) || a.level.localeCompare(b.level));
    expect(order(report.daily)).toEqual(order(expected));
    expect(report.daily.length).toBeGreaterThan(100);
  });

  it("the database refuses an episode that ends before it starts (the census running sum relies on it)", async () => {
    const db = await getDb();
    await expect(makeEpisode(db, { level: "IOP", start: "2024-06-10", end: "2024-06-09" })).rejects.toThrow(
      /CareEpisode_dates_check/,
    );
    await expect(makeEpisode(db, { level: "IOP", start: "2024-06-10", end: "2024-06-10" })).resolves.toMatchObject({
      status: "DISCHARGED",
    });
  });

  it("step-down continuity in SQL equals measureContinuity on the same rows", async () => {
    const { db, coordinator, clinician } = await actors();
    const discharge = async (
      level: "RESIDENTIAL" | "WITHDRAWAL_MANAGEMENT" | "IOP",
      start: string,
      end: string,
      patientId?: string,
    ) => makeEpisode(db, { level, start, end, ...(patientId ? { patientId } : {}) });
    const a = await discharge("RESIDENTIAL", "2025-05-20", "2025-06-02");
    await makeSession(db, a.patientId, "IOP", "2025-06-09"); // day 7
    const b = await discharge("RESIDENTIAL", "2025-05-20", "2025-06-03");
    await makeSession(db, b.patientId, "PHP", "2025-06-11"); // day 8
    const c = await discharge("WITHDRAWAL_MANAGEMENT", "2025-06-01", "2025-06-04");
    await makeSession(db, c.patientId, "IOP", "2025-06-04"); // the discharge day: never counts
    await makeSession(db, c.patientId, "OUTPATIENT", "2025-07-05"); // day 31
    const d = await discharge("WITHDRAWAL_MANAGEMENT", "2025-06-01", "2025-06-05"); // detox → residential: excluded
    await discharge("RESIDENTIAL", "2025-06-05", "2025-06-20", d.patientId);
    await makeSession(db, d.patientId, "IOP", "2025-06-21"); // e: day 1
    const f = await discharge("RESIDENTIAL", "2025-06-01", "2025-06-10");
    await makeSession(db, f.patientId, "IOP", "2025-06-12");
    await discharge("RESIDENTIAL", "2025-06-15", "2025-06-25", f.patientId); // re-admitted after the follow-up: f counts; this one misses
    await discharge("IOP", "2025-05-01", "2025-06-10"); // not 24-hour care
    await discharge("RESIDENTIAL", "2025-07-10", "2025-07-30"); // h: 6 days before asOf
    await discharge("RESIDENTIAL", "2025-07-01", "2025-07-20"); // i: 16 days before asOf
    await discharge("RESIDENTIAL", "2025-05-01", "2025-05-31"); // before the period
    const k = await discharge("RESIDENTIAL", "2025-06-01", "2025-06-20");
    await makeSession(db, k.patientId, "RESIDENTIAL", "2025-06-22"); // not a follow-up level
    const period = { from: "2025-06-01", to: "2025-07-31" };
    const asOf = "2025-08-05";

    await expect(continuityReport(coordinator, period, asOf)).rejects.toBeInstanceOf(ForbiddenError);
    const report = await continuityReport(clinician, period, asOf);

    // The specification, on the same rows.
    const episodes = await db.careEpisode.findMany({
      select: { id: true, patientId: true, level: true, startDate: true, endDate: true },
    });
    const sessions = await db.attendedSession.findMany({ select: { patientId: true, level: true, date: true } });
    const results = measureContinuity(
      {
        discharges: episodes
          .filter((e) => e.endDate && toIsoDay(e.endDate) >= period.from && toIsoDay(e.endDate) <= period.to)
          .map((e) => ({ episodeId: e.id, patientId: e.patientId, level: e.level, endDate: toIsoDay(e.endDate!) })),
        sessions: sessions.map((s) => ({ patientId: s.patientId, level: s.level, date: toIsoDay(s.date) })),
        episodeStarts: episodes.map((e) => ({
          episodeId: e.id,
          patientId: e.patientId,
          level: e.level,
          startDate: toIsoDay(e.startDate),
        })),
      },
      { asOf },
    );
    const spec = continuityRates(results);
    expect(report.totals).toEqual(spec);
    expect(report.totals).toMatchObject({
      discharges: 9,
      followedUp7: 3,
      followedUp30: 4,
      excluded: 1,
      pending7: 1,
      pending30: 2,
    });
    expect(report.monthly.map((m) => [m.month, m.discharges, m.followedUp7, m.followedUp30, m.excluded])).toEqual([
      ["2025-06", 7, 3, 4, 1],
      ["2025-07", 2, 0, 0, 0],
    ]);
    const missedSpec = results.filter((r) => r.counted && !r.followUp7 && !r.pending7).map((r) => r.episodeId);
    expect(report.missed.map((m) => m.episodeId).sort()).toEqual(missedSpec.sort());
    expect(report.missed.map((m) => [m.endDate, m.daysToFollowUp, m.followedUp30, m.pending30])).toEqual([
      ["2025-06-03", 8, true, false],
      ["2025-06-04", null, false, false],
      ["2025-06-20", null, false, false],
      ["2025-06-25", null, false, false],
      ["2025-07-20", null, false, true],
    ]);
  });

  it("CSV export: Part 2 notice, formula-safe cells, one report.export audit row; clinical reports refused to coordinators", async () => {
    const { db, coordinator, clinician } = await actors();
    const line = await makePhoneLine(db, { label: '=HYPERLINK("http://x.test")' });
    await makeCall(db, { phoneLineId: line.id, startedAt: at("2026-07-15T16:00:00Z") });
    const period = { from: "2026-07-15", to: "2026-07-15" };
    const { csv, rows } = await exportReport(coordinator, "call-volume", period);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(`"${PART2_NOTICE}"`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.test"")","1","0"`);
    expect(csv).not.toContain(`"=HYPERLINK`);
    expect(rows).toBe(1 + 1 + 1 + 168);
    const audit = await db.auditEvent.findMany({ where: { actorId: coordinator.id, action: "report.export" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "Report", entityId: "call-volume", actorRole: "COORDINATOR" });
    await expect(exportReport(coordinator, "continuity", period)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { actorId: coordinator.id, action: "report.export" } })).toBe(1);

    // A clinical export lists discharges by id (no names) and is one audit row, not a list + an export.
    const continuity = await exportReport(clinician, "continuity", { from: "2025-06-01", to: "2025-07-31" });
    expect(continuity.csv).toContain("Discharges without follow-up within 7 days");
    const names = await db.patient.findMany({ select: { firstName: true } });
    for (const { firstName } of names) expect(continuity.csv).not.toContain(`"${firstName}"`);
    expect(await db.auditEvent.groupBy({ by: ["action"], where: { actorId: clinician.id }, _count: true })).toEqual([
      { action: "report.export", _count: 1 },
    ]);
  });
});
