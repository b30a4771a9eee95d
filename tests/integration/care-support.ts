import type { Actor } from "@/lib/auth/actor";
import { addDays, type IsoDate } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import type { CareLevel, DischargeReason, PipelineStatus, Role, TransitionStatus } from "@/lib/generated/prisma/enums";
import { fromIsoDay } from "@/lib/dates/db-days";
import { AdmitSchema, ConfirmTransitionSchema, PlanTransitionSchema } from "@/lib/care/schemas";
import { admitPatient } from "@/lib/care/admit";
import { confirmTransition, planTransition } from "@/lib/care/transitions";
import { zonedDay } from "@/lib/dates/zone";
import { makePatient, makeProgram, makeUser, uniqueSuffix } from "@/tests/factories";
import { actorFor } from "./support";

export const today = (): IsoDate => zonedDay(new Date());
export const daysAgo = (n: number): IsoDate => addDays(today(), -n);

export async function staff(role: Role): Promise<Actor> {
  const db = await getDb();
  const { user } = await makeUser(db, { role });
  return actorFor(user);
}

/** One active program per level with the default lengths (residential 30, IOP 70). */
export async function programs() {
  const db = await getDb();
  const make = (level: CareLevel, expectedLengthDays: number) =>
    makeProgram(db, { name: `${level} ${uniqueSuffix()}`, level, expectedLengthDays });
  const [wm, res, php, iop, op] = await Promise.all([
    make("WITHDRAWAL_MANAGEMENT", 5),
    make("RESIDENTIAL", 30),
    make("PHP", 20),
    make("IOP", 70),
    make("OUTPATIENT", 90),
  ]);
  return { WITHDRAWAL_MANAGEMENT: wm, RESIDENTIAL: res, PHP: php, IOP: iop, OUTPATIENT: op } as Record<
    CareLevel,
    { id: string; expectedLengthDays: number }
  >;
}

export async function prospect(pipelineStatus: PipelineStatus = "APPROVED") {
  const db = await getDb();
  return makePatient(db, { pipelineStatus });
}

/** Writes an episode row directly (hand-built data for the alert and continuity queries). */
export async function insertEpisode(input: {
  patientId: string;
  level: CareLevel;
  programId: string;
  start: IsoDate;
  expectedEnd?: IsoDate;
  end?: IsoDate;
  reason?: DischargeReason;
}) {
  const db = await getDb();
  const open = input.end === undefined;
  return db.careEpisode.create({
    data: {
      patientId: input.patientId,
      openPatientId: open ? input.patientId : null,
      level: input.level,
      programId: input.programId,
      status: open ? "OPEN" : "DISCHARGED",
      startDate: fromIsoDay(input.start),
      expectedEndDate: fromIsoDay(input.expectedEnd ?? addDays(input.start, 30)),
      ...(open ? {} : { endDate: fromIsoDay(input.end ?? input.start), dischargeReason: input.reason ?? "COMPLETED" }),
    },
    select: { id: true, patientId: true },
  });
}

export async function insertTransition(input: {
  fromEpisodeId: string;
  toLevel: CareLevel;
  toProgramId: string;
  plannedDate: IsoDate;
  status: TransitionStatus;
}) {
  const db = await getDb();
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

export async function insertSession(
  patientId: string,
  level: CareLevel,
  date: IsoDate,
  episodeId: string | null = null,
) {
  const db = await getDb();
  await db.attendedSession.create({ data: { patientId, level, date: fromIsoDay(date), episodeId } });
}

/** Row counts that must not move when an action is refused (docs/security.md Z9). */
export async function snapshot(patientId: string) {
  const db = await getDb();
  const [episodes, transitions, sessions, events, audits, patient] = await Promise.all([
    db.careEpisode.findMany({
      where: { patientId },
      orderBy: { id: "asc" },
      select: { id: true, status: true, version: true, endDate: true },
    }),
    db.transition.findMany({
      where: { fromEpisode: { patientId } },
      orderBy: { id: "asc" },
      select: { id: true, status: true, version: true },
    }),
    db.attendedSession.count({ where: { patientId } }),
    db.pipelineEvent.count({ where: { patientId } }),
    db.auditEvent.count({ where: { patientId } }),
    db.patient.findUniqueOrThrow({
      where: { id: patientId },
      select: { version: true, pipelineStatus: true, mrn: true },
    }),
  ]);
  return { episodes, transitions, sessions, events, audits, patient };
}

export async function versionOf(model: "patient" | "careEpisode" | "transition", id: string): Promise<string> {
  const db = await getDb();
  const delegate = db[model] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ version: number }> };
  return String((await delegate.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
}

/** A residential patient admitted 20 days ago with a confirmed step-down to IOP planned for today. */
export async function residentialWithConfirmedStepDown() {
  const clinician = await staff("CLINICIAN");
  const p = await programs();
  const patient = await prospect();
  const admitted = await admitPatient(
    clinician,
    AdmitSchema.parse({
      patientId: patient.id,
      expectedVersion: "1",
      level: "RESIDENTIAL",
      programId: p.RESIDENTIAL.id,
      startDate: daysAgo(20),
    }),
  );
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
