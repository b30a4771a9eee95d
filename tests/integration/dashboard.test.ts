import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { loadDashboard } from "@/lib/reports/dashboard";
import { fromIsoDay } from "@/lib/dates/db-days";
import {
  makeCall,
  makeEpisode,
  makePatient,
  makePhoneLine,
  makeReportReaders,
  makeScreening,
  makeSession,
  makeUser,
} from "@/tests/factories";

// The dashboard counts current state over whole tables: each test file has its own database.
const at = (utc: string) => new Date(utc);

async function actors() {
  const db = await getDb();
  return { db, ...(await makeReportReaders(db)) };
}

describe("dashboard", () => {
  it("dashboard: counts and ids of what needs attention now", async () => {
    const { db, coordinator, clinician } = await actors();
    const other = (await makeUser(db)).user;
    const now = at("2026-06-10T16:00:00Z"); // Wednesday, 12:00 in New York; the week began Monday 06-08
    const [a, b] = [await makePhoneLine(db), await makePhoneLine(db)];
    await makeCall(db, { phoneLineId: a.id, startedAt: at("2026-06-10T04:30:00Z") }); // 00:30 today
    await makeCall(db, { phoneLineId: a.id, startedAt: at("2026-06-10T15:00:00Z") });
    await makeCall(db, { phoneLineId: a.id, startedAt: at("2026-06-08T05:00:00Z") }); // Monday 01:00
    await makeCall(db, { phoneLineId: b.id, startedAt: at("2026-06-08T03:30:00Z") }); // Sunday 23:30: last week
    await makeCall(db, { phoneLineId: b.id, startedAt: at("2026-06-09T12:00:00Z") });
    await makeCall(db, {
      phoneLineId: b.id,
      startedAt: at("2026-06-01T12:00:00Z"),
      source: "TELEPHONY",
      status: "NO_ANSWER",
      disposition: null,
    });
    await makeCall(db, { startedAt: at("2026-06-01T12:00:00Z"), disposition: null }); // manual: not "from the phone system"

    const hour = 3_600_000;
    const task = (assigneeId: string, dueAt: Date, status: "OPEN" | "DONE" = "OPEN") =>
      db.task.create({ data: { kind: "CALLBACK", status, assigneeId, dueAt } });
    await task(coordinator.id, new Date(now.getTime() - hour));
    await task(coordinator.id, new Date(now.getTime() + 2 * hour));
    await task(other.id, new Date(now.getTime() - 24 * hour));
    await task(other.id, new Date(now.getTime() + 24 * hour)); // tomorrow
    await task(coordinator.id, new Date(now.getTime() - hour), "DONE");

    const prospect = await makePatient(db, { pipelineStatus: "SCREENING", lastActivityAt: now });
    await makeScreening(db, coordinator.id, prospect.id);
    await makeScreening(db, coordinator.id, prospect.id, { status: "DRAFT", submittedAt: null });
    const f1 = await db.safetyFlag.create({
      data: { patientId: prospect.id, risk: "HIGH", source: "cssrs", raisedAt: at("2026-06-09T10:00:00Z") },
    });
    const f2 = await db.safetyFlag.create({
      data: { patientId: prospect.id, risk: "MODERATE", source: "phq9", raisedAt: at("2026-06-10T10:00:00Z") },
    });
    await db.safetyFlag.create({
      data: { patientId: prospect.id, risk: "HIGH", source: "cssrs", status: "RESOLVED", resolvedAt: now },
    });

    await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-05-20", expectedEnd: "2026-06-09" }); // past expected end, no plan
    const planned = await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-05-10", expectedEnd: "2026-06-01" });
    const iop = await makeEpisode(db, { level: "IOP", start: "2026-05-01", expectedEnd: "2026-07-01" });
    await db.transition.create({
      data: {
        kind: "STEP_DOWN",
        fromEpisodeId: planned.id,
        activeForEpisodeId: planned.id,
        toLevel: "IOP",
        plannedDate: fromIsoDay("2026-06-12"),
        status: "PLANNED",
      },
    });
    await db.transition.create({
      data: {
        kind: "STEP_DOWN",
        fromEpisodeId: iop.id,
        activeForEpisodeId: iop.id,
        toLevel: "OUTPATIENT",
        plannedDate: fromIsoDay("2026-06-14"),
        status: "CONFIRMED",
      },
    });

    await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-05-20", end: "2026-06-01" }); // day 9: missed 7
    await makeEpisode(db, { level: "WITHDRAWAL_MANAGEMENT", start: "2026-04-25", end: "2026-05-01" }); // day 40: missed 30
    await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-05-25", end: "2026-06-05" }); // day 5: window open
    const followed = await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-05-10", end: "2026-05-25" });
    await makeSession(db, followed.patientId, "IOP", "2026-05-27");
    const steppedDown = await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-05-01", end: "2026-05-20" });
    await makeEpisode(db, { patientId: steppedDown.patientId, level: "IOP", start: "2026-05-20", end: "2026-05-30" });
    await makeEpisode(db, { level: "RESIDENTIAL", start: "2026-02-01", end: "2026-03-01" }); // over 60 days

    await makePatient(db, { pipelineStatus: "INQUIRY", lastActivityAt: at("2026-06-01T12:00:00Z") }); // stuck
    await makePatient(db, { pipelineStatus: "INQUIRY", lastActivityAt: at("2026-06-09T12:00:00Z") });
    await makePatient(db, { pipelineStatus: "NOT_ADMITTED", lastActivityAt: at("2026-01-01T12:00:00Z") }); // closed: never stuck

    const mine = await loadDashboard(coordinator, now);
    expect(mine.today).toBe("2026-06-10");
    expect(mine.calls).toEqual({
      today: 2,
      week: 4,
      byLine: [
        { lineId: a.id, label: a.label, today: 2, week: 3 },
        { lineId: b.id, label: b.label, today: 0, week: 1 },
      ],
    });
    expect(mine.unloggedCalls).toBe(1);
    expect(mine.callbacks).toEqual({ dueToday: 1, overdue: 2, mineDueToday: 1, mineOverdue: 1 });
    expect(mine.screeningsAwaitingReview).toBeNull();
    expect(mine.safetyFlags.open).toBe(2);
    expect(mine.safetyFlags.newest.map((f) => f.id)).toEqual([f2.id, f1.id]);
    expect(mine.safetyFlags.newest[0]).toEqual({
      id: f2.id,
      risk: "MODERATE",
      raisedAt: f2.raisedAt,
      patientId: prospect.id,
    });
    expect(mine.census).toEqual([
      { level: "RESIDENTIAL", patients: 2 },
      { level: "IOP", patients: 1 },
    ]);
    expect(mine.stepDowns).toEqual({ dueThisWeek: 2, unconfirmed: 1 });
    expect(mine.continuity).toEqual({ overdueWithoutPlan: 1, noFollowUp7: 1, noFollowUp30: 1 });
    const stage = (s: string) => mine.pipeline.byStage.find((r) => r.stage === s)?.prospects;
    expect([stage("INQUIRY"), stage("SCREENING"), stage("NOT_ADMITTED")]).toEqual([2, 1, 1]);
    expect(mine.pipeline.stuck).toBe(1);

    const theirs = await loadDashboard(clinician, now);
    expect(theirs.screeningsAwaitingReview).toBe(1);
    expect(theirs.callbacks).toEqual({ dueToday: 1, overdue: 2, mineDueToday: 0, mineOverdue: 0 });
  });
});
