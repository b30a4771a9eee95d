import { describe, expect, it } from "vitest";
import { followUpAlert, isDueUnconfirmed, isMissingSessions, isOverdueWithoutPlan } from "@/lib/care/rules/alerts";
import {
  type ContinuityDischarge,
  type ContinuityEpisodeStart,
  type ContinuitySession,
  continuityRates,
  measureContinuity,
} from "@/lib/care/rules/continuity";
import { addDays } from "@/lib/dates/days";
import { PipelineMoveSchema } from "@/lib/pipeline/schemas";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { censusAlertCounts, censusAlertList } from "@/lib/care/alert-queries";
import { censusBoard } from "@/lib/care/census-queries";
import { continuityDischargesSql, continuityRatesSql } from "@/lib/care/continuity-queries";
import { toIsoDay } from "@/lib/dates/db-days";
import { movePatientPipeline } from "@/lib/pipeline/move-patient";
import { pipelineBoard, pipelineList } from "@/lib/pipeline/queries";
import { createProgram, updateProgram } from "@/lib/settings/programs";
import type { CensusAlert } from "@/lib/care/schemas";
import { CreateProgramSchema, UpdateProgramSchema } from "@/lib/settings/schemas";
import {
  makeCarePrograms,
  makeEpisode,
  makePatient,
  makeResidentialWithConfirmedStepDown,
  makeSession,
  makeStaffActor,
  makeTransition,
} from "@/tests/factories";
import { daysAgo, today } from "./care-support";

// The alert counts are compared over whole tables, which is sound because each test file has its own database.
describe("census alerts in SQL match the pure rules (lib/care/rules/alerts.ts)", () => {
  it("finds the hand-built cases, and every count equals the rules over all rows", async () => {
    const db = await getDb();
    const clinician = await makeStaffActor(db, "CLINICIAN");
    const p = await makeCarePrograms(db);
    const person = async () => (await makePatient(db, { pipelineStatus: "ADMITTED" })).id;
    const episode = async (level: CareLevel, start: number, opts: { expectedEnd?: number; end?: number } = {}) => {
      const patientId = await person();
      const row = await makeEpisode(db, {
        patientId,
        level,
        programId: p[level].id,
        start: daysAgo(start),
        ...(opts.expectedEnd === undefined ? {} : { expectedEnd: daysAgo(opts.expectedEnd) }),
        ...(opts.end === undefined ? {} : { end: daysAgo(opts.end), reason: "COMPLETED" as const }),
      });
      return { patientId, episodeId: row.id };
    };
    // Overdue: past expected end with nothing planned; the expected end day itself is not past.
    const overdue = await episode("RESIDENTIAL", 40, { expectedEnd: 10 });
    const endsToday = await episode("RESIDENTIAL", 30, { expectedEnd: 0 });
    const planned = await episode("RESIDENTIAL", 40, { expectedEnd: 10 });
    await makeTransition(db, {
      fromEpisodeId: planned.episodeId,
      toLevel: "IOP",
      toProgramId: p.IOP.id,
      plannedDate: addDays(today(), 3),
      status: "PLANNED",
    });
    const confirmed = await episode("WITHDRAWAL_MANAGEMENT", 9, { expectedEnd: 4 });
    await makeTransition(db, {
      fromEpisodeId: confirmed.episodeId,
      toLevel: "RESIDENTIAL",
      toProgramId: p.RESIDENTIAL.id,
      plannedDate: addDays(today(), 1),
      status: "CONFIRMED",
    });
    // Due within 7 days and still only planned: day 7 yes, day 8 no.
    const day7 = await episode("RESIDENTIAL", 10);
    await makeTransition(db, {
      fromEpisodeId: day7.episodeId,
      toLevel: "PHP",
      toProgramId: p.PHP.id,
      plannedDate: addDays(today(), 7),
      status: "PLANNED",
    });
    const day8 = await episode("RESIDENTIAL", 10);
    await makeTransition(db, {
      fromEpisodeId: day8.episodeId,
      toLevel: "PHP",
      toProgramId: p.PHP.id,
      plannedDate: addDays(today(), 8),
      status: "PLANNED",
    });
    // Missed follow-up: days 8–30 (MISSED_7), 31–60 (MISSED_30); the discharge day does not count.
    const gone = async (endedDaysAgo: number) => episode("RESIDENTIAL", endedDaysAgo + 20, { end: endedDaysAgo });
    const [d7, d8, d30, d31, d60, d61] = await Promise.all([gone(7), gone(8), gone(30), gone(31), gone(60), gone(61)]);
    const sameDay = await gone(10);
    await makeSession(db, sameDay.patientId, "IOP", daysAgo(10));
    const followed = await gone(10);
    await makeSession(db, followed.patientId, "IOP", daysAgo(9));
    const stepped = await gone(12);
    await makeEpisode(db, { patientId: stepped.patientId, level: "IOP", programId: p.IOP.id, start: daysAgo(5) });
    // Missed sessions: an open IOP/PHP episode with no session in the last 7 days.
    const lapsed = await episode("IOP", 20);
    await makeSession(db, lapsed.patientId, "IOP", daysAgo(8), lapsed.episodeId);
    const attending = await episode("IOP", 20);
    await makeSession(db, attending.patientId, "IOP", daysAgo(7), attending.episodeId);
    const phpNoShow = await episode("PHP", 9);
    const outpatient = await episode("OUTPATIENT", 30);

    const ids = async (alert: CensusAlert) => (await censusAlertList(clinician, alert, 1)).rows.map((r) => r.patientId);
    const overdueIds = await ids("overdue");
    expect(overdueIds).toContain(overdue.patientId);
    for (const not of [endsToday, planned, confirmed]) expect(overdueIds).not.toContain(not.patientId);
    const dueIds = await ids("due-unconfirmed");
    expect(dueIds).toEqual(expect.arrayContaining([planned.patientId, day7.patientId]));
    for (const not of [day8, confirmed]) expect(dueIds).not.toContain(not.patientId);
    const missed7 = await ids("missed-7");
    expect(missed7).toEqual(expect.arrayContaining([d8.patientId, d30.patientId, sameDay.patientId]));
    for (const not of [d7, d31, followed, stepped]) expect(missed7).not.toContain(not.patientId);
    const missed30 = await ids("missed-30");
    expect(missed30).toEqual(expect.arrayContaining([d31.patientId, d60.patientId]));
    expect(missed30).not.toContain(d61.patientId);
    const sessions = await ids("missed-sessions");
    expect(sessions).toEqual(expect.arrayContaining([lapsed.patientId, phpNoShow.patientId]));
    for (const not of [attending, outpatient, stepped]) expect(sessions).not.toContain(not.patientId);

    // Every count equals the pure predicates applied to every row in the database.
    const t = today();
    const episodes = (
      await db.careEpisode.findMany({
        select: {
          id: true,
          patientId: true,
          level: true,
          status: true,
          startDate: true,
          expectedEndDate: true,
          endDate: true,
        },
      })
    ).map((e) => ({
      ...e,
      startDate: toIsoDay(e.startDate),
      expectedEndDate: toIsoDay(e.expectedEndDate),
      endDate: e.endDate ? toIsoDay(e.endDate) : null,
    }));
    const transitions = (
      await db.transition.findMany({ select: { fromEpisodeId: true, status: true, plannedDate: true } })
    ).map((x) => ({ ...x, plannedDate: toIsoDay(x.plannedDate) }));
    const allSessions = (
      await db.attendedSession.findMany({ select: { patientId: true, level: true, date: true } })
    ).map((s) => ({ ...s, date: toIsoDay(s.date) }));
    const sessionsOf = (patientId: string) => allSessions.filter((s) => s.patientId === patientId);
    const stages = episodes
      .filter((e) => e.endDate !== null)
      .map(
        (e) =>
          followUpAlert(
            {
              level: e.level,
              endDate: e.endDate!,
              hasLaterEpisode: episodes.some(
                (n) => n.patientId === e.patientId && n.id !== e.id && n.startDate >= e.endDate!,
              ),
            },
            sessionsOf(e.patientId),
            t,
          )?.stage,
      );
    const lastSession = (e: (typeof episodes)[number]) =>
      sessionsOf(e.patientId)
        .filter((s) => s.date >= e.startDate && s.date <= t)
        .reduce<string | null>((m, s) => (m === null || s.date > m ? s.date : m), null);
    const expected = {
      overdue: episodes.filter((e) =>
        isOverdueWithoutPlan(
          {
            ...e,
            hasActiveTransition: transitions.some(
              (x) => x.fromEpisodeId === e.id && (x.status === "PLANNED" || x.status === "CONFIRMED"),
            ),
          },
          t,
        ),
      ).length,
      "due-unconfirmed": transitions.filter((x) => isDueUnconfirmed(x, t)).length,
      "missed-7": stages.filter((s) => s === "MISSED_7").length,
      "missed-30": stages.filter((s) => s === "MISSED_30").length,
      "missed-sessions": episodes.filter((e) => isMissingSessions(e, lastSession(e), t)).length,
    };
    expect(await censusAlertCounts(clinician, t)).toEqual(expected);
    expect(expected.overdue).toBeGreaterThan(0);
  });
});

describe("the continuity measure in SQL equals measureContinuity on the same rows", () => {
  it("counts the discharge, not the day of discharge; 7 vs 8 and 30 vs 31 days; re-admissions excluded", async () => {
    const db = await getDb();
    const p = await makeCarePrograms(db);
    const from = "2021-03-01";
    const to = "2021-03-31";
    const asOf = "2021-03-25";
    const discharges: ContinuityDischarge[] = [];
    const sessions: ContinuitySession[] = [];
    const starts: ContinuityEpisodeStart[] = [];
    const stay = async (patientId: string, level: CareLevel, start: string, end: string) => {
      const { id } = await makeEpisode(db, { patientId, level, programId: p[level].id, start, end });
      discharges.push({ episodeId: id, patientId, level, endDate: end });
      starts.push({ episodeId: id, patientId, level, startDate: start });
    };
    const session = async (patientId: string, level: CareLevel, date: string) => {
      await makeSession(db, patientId, level, date);
      sessions.push({ patientId, level, date });
    };
    const ids = await Promise.all(
      Array.from({ length: 10 }, async () => (await makePatient(db, { pipelineStatus: "ADMITTED" })).id),
    );
    const [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10] = ids as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    await stay(p1, "RESIDENTIAL", "2021-02-01", "2021-03-02");
    await session(p1, "IOP", "2021-03-02"); // the discharge day: does not count
    await session(p1, "IOP", "2021-03-09"); // day 7: counts for both windows
    await stay(p2, "RESIDENTIAL", "2021-02-01", "2021-03-03");
    await session(p2, "IOP", "2021-03-11"); // day 8: 30-day only
    await stay(p3, "WITHDRAWAL_MANAGEMENT", "2021-02-27", "2021-03-04");
    await session(p3, "OUTPATIENT", "2021-04-03"); // day 30: 30-day only
    await stay(p4, "RESIDENTIAL", "2021-02-01", "2021-03-05");
    await session(p4, "RESIDENTIAL", "2021-03-06"); // not a follow-up level
    await session(p4, "PHP", "2021-04-05"); // day 31: neither
    await stay(p5, "WITHDRAWAL_MANAGEMENT", "2021-03-01", "2021-03-06"); // detox → residential: excluded
    await stay(p5, "RESIDENTIAL", "2021-03-06", "2021-03-20");
    await session(p5, "IOP", "2021-03-22");
    await stay(p6, "RESIDENTIAL", "2021-02-20", "2021-03-24"); // window still open on asOf
    await stay(p7, "RESIDENTIAL", "2021-02-10", "2021-03-10");
    await session(p7, "IOP", "2021-03-12");
    await stay(p8, "IOP", "2021-01-10", "2021-03-15"); // not a 24-hour level
    await stay(p9, "RESIDENTIAL", "2021-01-27", "2021-02-27"); // before the period
    await stay(p10, "RESIDENTIAL", "2021-02-10", "2021-03-12"); // the unit is the discharge: two for one person
    await session(p10, "IOP", "2021-03-13");
    await stay(p10, "RESIDENTIAL", "2021-03-15", "2021-03-28");

    const inPeriod = discharges.filter((d) => d.endDate >= from && d.endDate <= to);
    const expected = measureContinuity({ discharges: inPeriod, sessions, episodeStarts: starts }, { asOf });
    const rates = await continuityRatesSql(from, to, asOf);
    expect(rates).toEqual(continuityRates(expected));
    expect(rates).toMatchObject({ discharges: 9, followedUp7: 4, followedUp30: 6, excluded: 1 });
    const rows = await continuityDischargesSql(from, to, 1000, 0);
    const byEnd = (a: { endDate: string; episodeId: string }, b: { endDate: string; episodeId: string }) =>
      a.endDate.localeCompare(b.endDate) || a.episodeId.localeCompare(b.episodeId);
    expect(
      rows.map((r) => ({
        episodeId: r.episodeId,
        firstFollowUpDate: r.firstFollowUpDate,
        readmissionDate: r.readmissionDate,
        daysToFollowUp: r.daysToFollowUp,
      })),
    ).toEqual(
      [...expected].sort(byEnd).map((r) => ({
        episodeId: r.episodeId,
        firstFollowUpDate: r.firstFollowUpDate,
        readmissionDate: r.readmissionDate,
        daysToFollowUp: r.daysToFollowUp,
      })),
    );
  });
});

describe("the board, the census and programs", () => {
  it("pipeline board: counts per stage in the database, stuck flag, move recorded with its event", async () => {
    const db = await getDb();
    const coordinator = await makeStaffActor(db, "COORDINATOR");
    const stale = await makePatient(db, { pipelineStatus: "SCREENING" });
    await db.patient.update({
      where: { id: stale.id },
      data: {
        lastActivityAt: new Date(Date.now() - 8 * 86_400_000),
        pipelineChangedAt: new Date(Date.now() - 9 * 86_400_000),
      },
    });
    const fresh = await makePatient(db, { pipelineStatus: "SCREENING" });
    const { board, totals } = await pipelineBoard(coordinator, { stuckOnly: false });
    const screening = board.find((c) => c.status === "SCREENING")!;
    expect(screening.total).toBe(totals.SCREENING);
    expect(screening.cards.find((c) => c.id === stale.id)).toMatchObject({ stuck: true, daysInStage: 9 });
    expect(screening.cards.find((c) => c.id === fresh.id)).toMatchObject({ stuck: false, daysInStage: 0 });
    const stuckOnly = await pipelineList(coordinator, { status: "SCREENING", stuckOnly: true, page: 1 });
    expect(stuckOnly.rows.map((r) => r.id)).toContain(stale.id);
    expect(stuckOnly.rows.map((r) => r.id)).not.toContain(fresh.id);

    await movePatientPipeline(
      coordinator,
      PipelineMoveSchema.parse({
        patientId: fresh.id,
        expectedVersion: "1",
        to: "NOT_ADMITTED",
        reason: "Chose another provider",
      }),
    );
    expect(await db.patient.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({
      pipelineStatus: "NOT_ADMITTED",
      notAdmittedReason: "Chose another provider",
      version: 2,
    });
    expect(
      await db.pipelineEvent.findFirstOrThrow({ where: { patientId: fresh.id, toStatus: "NOT_ADMITTED" } }),
    ).toMatchObject({ fromStatus: "SCREENING", note: "Chose another provider", actorId: coordinator.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { patientId: fresh.id, action: "pipeline.move" } });
    expect(JSON.stringify(audit.detail)).not.toContain("another provider");
    await expect(
      movePatientPipeline(
        coordinator,
        PipelineMoveSchema.parse({ patientId: fresh.id, expectedVersion: "1", to: "INQUIRY", reason: "Called again" }),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("census: the patient by current level with day N, the step-down status and open safety flags", async () => {
    const db = await getDb();
    const { clinician, patient } = await makeResidentialWithConfirmedStepDown(db);
    await db.safetyFlag.create({ data: { patientId: patient.id, risk: "MODERATE", source: "cssrs-moderate" } });
    const census = await censusBoard(clinician, { level: "RESIDENTIAL", page: 1 });
    const card = census.board[0]!.cards.find((c) => c.patientId === patient.id);
    expect(card).toMatchObject({
      level: "RESIDENTIAL",
      openSafetyFlags: 1,
      transition: { kind: "STEP_DOWN", status: "CONFIRMED", toLevel: "IOP", plannedDate: today() },
    });
    expect(card?.progress).toMatchObject({ day: 21, expectedDays: 30 });
    expect(census.counts.RESIDENTIAL).toBe(
      await db.careEpisode.count({ where: { status: "OPEN", level: "RESIDENTIAL" } }),
    );
    expect(await db.auditEvent.count({ where: { actorId: clinician.id, action: "census.list" } })).toBe(1);
  });

  it("programs: administrators add them with the level's default length; others cannot", async () => {
    const db = await getDb();
    const admin = await makeStaffActor(db, "ADMIN");
    const program = await createProgram(
      admin,
      CreateProgramSchema.parse({ name: `Residential north ${crypto.randomUUID().slice(0, 6)}`, level: "RESIDENTIAL" }),
    );
    expect(program.expectedLengthDays).toBe(30);
    const iop = await createProgram(
      admin,
      CreateProgramSchema.parse({ name: `IOP day ${crypto.randomUUID().slice(0, 6)}`, level: "IOP" }),
    );
    expect(iop.expectedLengthDays).toBe(70);
    await expect(
      createProgram(admin, CreateProgramSchema.parse({ name: program.name, level: "IOP" })),
    ).rejects.toMatchObject({ fieldErrors: { name: expect.any(Array) } });
    await expect(
      createProgram(await makeStaffActor(db, "CLINICIAN"), CreateProgramSchema.parse({ name: "Nope", level: "IOP" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const form = {
      programId: program.id,
      expectedUpdatedAt: String(program.updatedAt.getTime()),
      name: program.name,
      expectedLengthDays: "28",
      active: "false",
    };
    expect(await updateProgram(admin, UpdateProgramSchema.parse(form))).toMatchObject({
      changed: true,
      program: { active: false, expectedLengthDays: 28 },
    });
    // A second form opened before that save: refused, naming what the other person changed (C1),
    // so the settings table behind the editor can refresh and mark those fields.
    const stale = await updateProgram(
      admin,
      UpdateProgramSchema.parse({ ...form, name: `${program.name} (renamed)` }),
    ).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({
      changedFields: ["expectedLengthDays", "active"],
      fieldErrors: { expectedLengthDays: expect.any(Array), active: expect.any(Array) },
    });
    expect((stale as ConflictError).message).toContain("(Expected length in days, Status)");
    expect(await (await getDb()).program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({
      name: program.name,
      expectedLengthDays: 28,
    });
  });
});
