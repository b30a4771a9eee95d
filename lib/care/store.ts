import "server-only";
/**
 * The database side of the care rules (docs/decisions/0009-care-journeys-db.md): load one
 * patient's timeline as the plain data `applyCareAction` reads, and write the effects it returns —
 * in order, on the caller's transaction, each guarded by the row's status and version so that a
 * concurrent change makes the write miss (count 0) and the whole transaction roll back with a
 * ConflictError. The unique markers (`openPatientId`, `activeForEpisodeId`) are the last line: a
 * second open episode or active transition is a unique violation, mapped to the same conflict.
 */
import type { Actor } from "@/lib/auth/actor";
import type { CareEffect, CareState, Episode, ProgramRef, Transition } from "./rules/care-types";
import { isActiveTransitionStatus, WEEKDAYS, type Weekday } from "./rules/levels";
import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { fromIsoDay, toIsoDay, toIsoDayOrNull } from "@/lib/dates/db-days";

export interface PatientCare {
  patient: { id: string; version: number; pipelineStatus: PipelineStatus; mrn: string | null };
  state: CareState;
  /** Row versions as loaded: every effect's write is conditional on them. */
  episodeVersions: ReadonlyMap<string, number>;
  transitionVersions: ReadonlyMap<string, number>;
}

export const CONCURRENT_CHANGE =
  "Someone else changed this patient's care at the same moment. Nothing was saved; reload the page and try again.";

const EPISODE_SELECT = {
  id: true,
  level: true,
  programId: true,
  status: true,
  startDate: true,
  expectedEndDate: true,
  endDate: true,
  dischargeReason: true,
  aftercarePlan: true,
  followUpPlan: true,
  version: true,
} as const;

const TRANSITION_SELECT = {
  id: true,
  kind: true,
  fromEpisodeId: true,
  toLevel: true,
  toProgramId: true,
  plannedDate: true,
  scheduleDays: true,
  track: true,
  status: true,
  statusReason: true,
  firstAttendedDate: true,
  resultEpisodeId: true,
  version: true,
} as const;

const isWeekday = (day: string): day is Weekday => (WEEKDAYS as readonly string[]).includes(day);

/** One patient's episodes and transitions as the pure rules see them; null for an unknown id. */
export async function loadPatientCare(tx: Tx, patientId: string): Promise<PatientCare | null> {
  const patient = await tx.patient.findUnique({
    where: { id: patientId },
    select: { id: true, version: true, pipelineStatus: true, mrn: true },
  });
  if (!patient) return null;
  const [episodeRows, transitionRows] = await Promise.all([
    tx.careEpisode.findMany({
      where: { patientId },
      orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
      select: EPISODE_SELECT,
    }),
    tx.transition.findMany({
      where: { fromEpisode: { patientId } },
      orderBy: { createdAt: "asc" },
      select: TRANSITION_SELECT,
    }),
  ]);
  const episodes: Episode[] = episodeRows.map((e) => ({
    id: e.id,
    level: e.level,
    programId: e.programId,
    status: e.status,
    startDate: toIsoDay(e.startDate),
    expectedEndDate: toIsoDay(e.expectedEndDate),
    endDate: toIsoDayOrNull(e.endDate),
    dischargeReason: e.dischargeReason,
    aftercarePlan: e.aftercarePlan,
    followUpPlan: e.followUpPlan,
  }));
  const transitions: Transition[] = transitionRows.map((t) => ({
    id: t.id,
    kind: t.kind,
    fromEpisodeId: t.fromEpisodeId,
    toLevel: t.toLevel,
    // Nullable in the schema for old rows; the rules require it, and every write here sets it.
    toProgramId: t.toProgramId ?? "",
    plannedDate: toIsoDay(t.plannedDate),
    scheduleDays: t.scheduleDays.filter(isWeekday),
    track: t.track,
    status: t.status,
    statusReason: t.statusReason,
    firstAttendedDate: toIsoDayOrNull(t.firstAttendedDate),
    resultEpisodeId: t.resultEpisodeId,
  }));
  return {
    patient,
    state: { episodes, transitions },
    episodeVersions: new Map(episodeRows.map((e) => [e.id, e.version])),
    transitionVersions: new Map(transitionRows.map((t) => [t.id, t.version])),
  };
}

export async function loadProgramRef(tx: Tx, programId: string): Promise<(ProgramRef & { name: string }) | null> {
  return tx.program.findUnique({
    where: { id: programId },
    select: { id: true, name: true, level: true, expectedLengthDays: true, active: true },
  });
}

function missed(count: number): void {
  if (count === 0) throw new ConflictError(CONCURRENT_CHANGE);
}

/**
 * Writes the effects in the order given (a closing before the opening it makes room for). Each
 * UPDATE is conditional on the status and version that were read, so of two concurrent
 * transitions of one patient exactly one can write (docs/security.md C3).
 */
export async function writeCareEffects(
  tx: Tx,
  actor: Actor,
  patientId: string,
  care: PatientCare,
  effects: readonly CareEffect[],
): Promise<void> {
  const now = new Date();
  for (const effect of effects) {
    switch (effect.type) {
      case "episodeOpened": {
        const e = effect.episode;
        await tx.careEpisode.create({
          data: {
            id: e.id,
            patientId,
            openPatientId: patientId,
            level: e.level,
            programId: e.programId,
            status: "OPEN",
            startDate: fromIsoDay(e.startDate),
            expectedEndDate: fromIsoDay(e.expectedEndDate),
            admittedById: actor.id,
          },
          select: { id: true },
        });
        break;
      }
      case "episodeClosed": {
        const { count } = await tx.careEpisode.updateMany({
          where: { id: effect.episodeId, status: "OPEN", version: care.episodeVersions.get(effect.episodeId) ?? -1 },
          data: {
            status: "DISCHARGED",
            openPatientId: null,
            endDate: fromIsoDay(effect.endDate),
            dischargeReason: effect.dischargeReason,
            aftercarePlan: effect.aftercarePlan,
            followUpPlan: effect.followUpPlan,
            version: { increment: 1 },
          },
        });
        missed(count);
        break;
      }
      case "transitionPlanned": {
        const t = effect.transition;
        // Planning changes what a discharge of the from-episode would do (it cancels active
        // transitions), so a discharge form opened before the plan must now conflict.
        const { count } = await tx.careEpisode.updateMany({
          where: { id: t.fromEpisodeId, status: "OPEN", version: care.episodeVersions.get(t.fromEpisodeId) ?? -1 },
          data: { version: { increment: 1 } },
        });
        missed(count);
        await tx.transition.create({
          data: {
            id: t.id,
            kind: t.kind,
            fromEpisodeId: t.fromEpisodeId,
            toLevel: t.toLevel,
            toProgramId: t.toProgramId,
            plannedDate: fromIsoDay(t.plannedDate),
            scheduleDays: [...t.scheduleDays],
            track: t.track,
            status: "PLANNED",
            activeForEpisodeId: t.fromEpisodeId,
            plannedById: actor.id,
          },
          select: { id: true },
        });
        break;
      }
      case "transitionStatusChanged": {
        const fromEpisodeId = care.state.transitions.find((t) => t.id === effect.transitionId)?.fromEpisodeId ?? null;
        const { count } = await tx.transition.updateMany({
          where: {
            id: effect.transitionId,
            status: effect.from,
            version: care.transitionVersions.get(effect.transitionId) ?? -1,
          },
          data: {
            status: effect.to,
            activeForEpisodeId: isActiveTransitionStatus(effect.to) ? fromEpisodeId : null,
            statusReason: effect.statusReason,
            firstAttendedDate: effect.firstAttendedDate === null ? null : fromIsoDay(effect.firstAttendedDate),
            resultEpisodeId: effect.resultEpisodeId,
            ...(effect.to === "CONFIRMED" ? { confirmedAt: now } : {}),
            ...(effect.to === "COMPLETED" ? { completedAt: now } : {}),
            version: { increment: 1 },
          },
        });
        missed(count);
        break;
      }
    }
  }
  await recordCareActivity(tx, patientId, now);
}

/**
 * Care activity on the patient (the pipeline's "stuck" clock): not a change the edit form must
 * see, so no version bump.
 */
export async function recordCareActivity(tx: Tx, patientId: string, at: Date = new Date()): Promise<void> {
  await tx.patient.update({ where: { id: patientId }, data: { lastActivityAt: at }, select: { id: true } });
}
