import "server-only";
/**
 * One care action in one transaction (docs/decisions/0009-care-journeys-db.md): find the patient
 * the input points at, load their timeline (./store.ts), check the version the form was loaded
 * from, ask the pure rules, write the effects they return and the audit row. A refusal, a stale
 * version or a lost race throws, and the transaction rolls back whole.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/rules/permissions";
import type { IsoDate } from "@/lib/dates/days";
import { zonedDay } from "@/lib/dates/zone";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "@/lib/errors";
import { forgetCensusAlertBadge } from "./alert-badge";
import { CareRuleError } from "./errors";
import type { CareAction, CareEffect } from "./rules/care-types";
import { applyCareAction } from "./rules/episodes";
import { CONCURRENT_CHANGE, loadPatientCare, type PatientCare, writeCareEffects } from "./store";

/** The patient a care action is about, found from the row its input names; the 404 sentence otherwise. */
export interface CareTarget {
  locate: (tx: Tx) => Promise<string | null>;
  notFound: string;
}

export const episodeTarget = (episodeId: string): CareTarget => ({
  locate: async (tx) =>
    (await tx.careEpisode.findUnique({ where: { id: episodeId }, select: { patientId: true } }))?.patientId ?? null,
  notFound: "That care episode was not found.",
});

export const transitionTarget = (transitionId: string): CareTarget => ({
  locate: async (tx) =>
    (
      await tx.transition.findUnique({
        where: { id: transitionId },
        select: { fromEpisode: { select: { patientId: true } } },
      })
    )?.fromEpisode.patientId ?? null,
  notFound: "That transition was not found.",
});

/** The rules' answer, or their sentence as a 422 (docs/security.md Z9): nothing has been written yet. */
export function decideCare(care: PatientCare, action: CareAction, today: IsoDate): CareEffect[] {
  const result = applyCareAction(care.state, action, { today, newId: () => crypto.randomUUID() });
  if (!result.ok) throw new CareRuleError(result.reason);
  return result.effects;
}

/** A form saved from a version that is no longer current: refuse, naming what it was about. */
export function assertVersion(current: number | undefined, expected: number, what: string): void {
  if (current === undefined) throw new NotFoundError(`That ${what} was not found.`);
  if (current !== expected) {
    throw new ConflictError(
      `Someone else changed this ${what} since you opened the page. Nothing was saved; reload the page to see the change and try again.`,
    );
  }
}

/** The episode the form was opened on: still at the version it showed, and still open. */
export function assertOpenEpisode(care: PatientCare, episodeId: string, expectedVersion: number, ended: string): void {
  assertVersion(care.episodeVersions.get(episodeId), expectedVersion, "care episode");
  if (care.state.episodes.find((e) => e.id === episodeId)?.status !== "OPEN") throw new CareRuleError(ended);
}

/** A unique violation from a marker column is the losing side of a race (C3), not a server error. */
export function uniqueToConflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new ConflictError(CONCURRENT_CHANGE);
  throw error;
}

/**
 * Runs `work` on the timeline of the patient `locate` finds, in one transaction (404 with
 * `notFound` when the row is unknown, so another record's id reveals nothing — Z2). The census
 * badge forgets its count once the transaction has committed.
 */
export async function inPatientCare<T>(
  locate: CareTarget["locate"],
  notFound: string,
  work: (tx: Tx, care: PatientCare, today: IsoDate) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const patientId = await locate(tx);
      const care = patientId ? await loadPatientCare(tx, patientId) : null;
      if (!care) throw new NotFoundError(notFound);
      return work(tx, care, zonedDay(new Date()));
    })
    .then((result) => {
      forgetCensusAlertBadge();
      return result;
    })
    .catch(uniqueToConflict);
}

export interface CareStep<R> {
  permission: Permission;
  target: CareTarget;
  /** The checks before the rules (versions, the row's state) and the action to ask them about. */
  action: (tx: Tx, care: PatientCare) => Promise<CareAction>;
  /** After the effects are written: further writes, the audit row, and the result. */
  finish: (tx: Tx, care: PatientCare, effects: readonly CareEffect[]) => Promise<R>;
}

/** The path every rule-decided care action takes: permission, timeline, rules, effects, `finish`. */
export async function runCareStep<R>(actor: Actor, step: CareStep<R>): Promise<R> {
  assertCan(actor, step.permission);
  return inPatientCare(step.target.locate, step.target.notFound, async (tx, care, today) => {
    const effects = decideCare(care, await step.action(tx, care), today);
    await writeCareEffects(tx, actor, care.patient.id, care, effects);
    return step.finish(tx, care, effects);
  });
}
