/**
 * Care rows written directly (hand-built data for the census, alert, continuity and report
 * queries), and one patient brought to the middle of a step-down through the real use cases.
 */
import type { Actor } from "@/lib/auth/actor";
import { admitPatient } from "@/lib/care/admit";
import { CARE_LEVELS } from "@/lib/care/rules/levels";
import { AdmitSchema, ConfirmTransitionSchema, PlanTransitionSchema } from "@/lib/care/schemas";
import { confirmTransition, planTransition } from "@/lib/care/transitions";
import { addDays, type IsoDate } from "@/lib/dates/days";
import { fromIsoDay } from "@/lib/dates/db-days";
import type { Db } from "@/lib/db/client";
import type { CareLevel, DischargeReason, TransitionStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_LENGTH_DAYS } from "@/lib/settings/program-defaults";
import { daysAgo, today, versionOf } from "@/tests/integration/care-support";
import { makePatient, makeProgram, makeStaffActor, uniqueSuffix } from "./base";

export type CarePrograms = Record<CareLevel, { id: string; expectedLengthDays: number }>;

/** One new active program per level, with the levels' default lengths (residential 30, IOP 70). */
export async function makeCarePrograms(db: Db): Promise<CarePrograms> {
  const make = (level: CareLevel) =>
    makeProgram(db, { name: `${level} ${uniqueSuffix()}`, level, expectedLengthDays: DEFAULT_LENGTH_DAYS[level] });
  const [wm, res, php, iop, op] = await Promise.all(CARE_LEVELS.map(make));
  return { WITHDRAWAL_MANAGEMENT: wm!, RESIDENTIAL: res!, PHP: php!, IOP: iop!, OUTPATIENT: op! };
}

const programIds = new Map<CareLevel, string>();

/** One program per level for this test file, made on first use (episodes need one). */
export async function programFor(db: Db, level: CareLevel): Promise<string> {
  const known = programIds.get(level);
  if (known) return known;
  const program = await makeProgram(db, { level, name: `${level} ${uniqueSuffix()}` });
  programIds.set(level, program.id);
  return program.id;
}

/**
 * An episode row: OPEN without `end` (taking the patient's open slot), DISCHARGED with it (reason
 * COMPLETED unless given). Without `patientId` a new admitted patient, without `programId` the
 * level's program (`programFor`); the expected end defaults to `end`, or 30 days after `start`.
 */
export async function makeEpisode(
  db: Db,
  input: {
    patientId?: string;
    level: CareLevel;
    programId?: string;
    start: IsoDate;
    end?: IsoDate;
    expectedEnd?: IsoDate;
    reason?: DischargeReason;
  },
) {
  const patientId = input.patientId ?? (await makePatient(db, { pipelineStatus: "ADMITTED" })).id;
  const open = input.end === undefined;
  return db.careEpisode.create({
    data: {
      patientId,
      openPatientId: open ? patientId : null,
      level: input.level,
      programId: input.programId ?? (await programFor(db, input.level)),
      status: open ? "OPEN" : "DISCHARGED",
      startDate: fromIsoDay(input.start),
      expectedEndDate: fromIsoDay(input.expectedEnd ?? input.end ?? addDays(input.start, 30)),
      ...(open ? {} : { endDate: fromIsoDay(input.end ?? input.start), dischargeReason: input.reason ?? "COMPLETED" }),
    },
  });
}

/** A step-down row (IOP gets the evening track on Tuesdays and Thursdays). */
export function makeTransition(
  db: Db,
  input: {
    fromEpisodeId: string;
    toLevel: CareLevel;
    toProgramId: string;
    plannedDate: IsoDate;
    status: TransitionStatus;
  },
) {
  const active = input.status === "PLANNED" || input.status === "CONFIRMED";
  return db.transition.create({
    data: {
      kind: "STEP_DOWN",
      fromEpisodeId: input.fromEpisodeId,
      toLevel: input.toLevel,
      toProgramId: input.toProgramId,
      plannedDate: fromIsoDay(input.plannedDate),
      status: input.status,
      activeForEpisodeId: active ? input.fromEpisodeId : null,
      ...(input.toLevel === "IOP" ? { track: "EVENING" as const, scheduleDays: ["TUE", "THU"] } : {}),
    },
    select: { id: true },
  });
}

/** An attended session, of an episode or (a follow-up elsewhere) of none. */
export function makeSession(
  db: Db,
  patientId: string,
  level: CareLevel,
  date: IsoDate,
  episodeId: string | null = null,
) {
  return db.attendedSession.create({ data: { patientId, level, date: fromIsoDay(date), episodeId } });
}

/** The admit form of a prospect whose version is still 1 (nothing changed since it was made). */
export function admitInput(patientId: string, level: CareLevel, programId: string, startDate: IsoDate) {
  return AdmitSchema.parse({ patientId, expectedVersion: "1", level, programId, startDate });
}

/**
 * A residential patient admitted 20 days ago with a confirmed step-down to IOP planned for today,
 * reached through the use cases (admit, plan, confirm) as a clinician.
 */
export async function makeResidentialWithConfirmedStepDown(db: Db) {
  const clinician: Actor = await makeStaffActor(db, "CLINICIAN");
  const p = await makeCarePrograms(db);
  const patient = await makePatient(db, { pipelineStatus: "APPROVED" });
  const admitted = await admitPatient(clinician, admitInput(patient.id, "RESIDENTIAL", p.RESIDENTIAL.id, daysAgo(20)));
  const planned = await planTransition(
    clinician,
    PlanTransitionSchema.parse({
      episodeId: admitted.episodeId,
      expectedVersion: await versionOf("careEpisode", admitted.episodeId!),
      toLevel: "IOP",
      toProgramId: p.IOP.id,
      plannedDate: today(),
      scheduleDays: ["MON", "WED"],
      track: "EVENING",
    }),
  );
  const transitionId = planned.transitionId!;
  await confirmTransition(
    clinician,
    ConfirmTransitionSchema.parse({ transitionId, expectedVersion: await versionOf("transition", transitionId) }),
  );
  return { clinician, p, patient, residentialId: admitted.episodeId!, transitionId, mrn: admitted.mrn };
}
