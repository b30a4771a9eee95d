/**
 * What the per-action rules (decide-*.ts) share: the outcome type, refusal and effect helpers, and
 * the checks several actions make (days, lengths, programs, the transition an action names).
 */
import type { CareLevel, TransitionStatus } from "@/lib/generated/prisma/enums";
import { formatDay, isIsoDate, type IsoDate } from "@/lib/dates/days";
import type { CareAction, CareEffect, CareState, Episode, ProgramRef, Transition } from "./care-types";
import {
  isActiveTransitionStatus,
  labelTitle,
  CARE_LEVEL_LABELS,
  MAX_EXPECTED_LENGTH_DAYS,
  TRANSITION_KIND_LABELS,
  TRANSITION_STATUS_LABELS,
} from "./levels";

export type Outcome = { ok: true; effects: CareEffect[] } | { ok: false; reason: string };

export type Action<T extends CareAction["type"]> = Extract<CareAction, { type: T }>;

export const refuse = (reason: string): Outcome => ({ ok: false, reason });
export const done = (...effects: CareEffect[]): Outcome => ({ ok: true, effects });

export const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export const openEpisodeOf = (state: CareState): Episode | undefined => state.episodes.find((e) => e.status === "OPEN");

/** The last day any closed episode ended: a new episode may start that day (handoff), not before. */
export function latestEnd(state: CareState): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const e of state.episodes) if (e.endDate && (!latest || e.endDate > latest)) latest = e.endDate;
  return latest;
}

export const describeTransition = (t: Transition) =>
  `${TRANSITION_KIND_LABELS[t.kind]} to ${CARE_LEVEL_LABELS[t.toLevel]}`;

export function checkDay(day: unknown, what: string): string | null {
  return isIsoDate(day) ? null : `Enter ${what} as a calendar day (YYYY-MM-DD).`;
}

export function checkFactDay(day: IsoDate, what: string, today: IsoDate): string | null {
  return (
    checkDay(day, what) ??
    (day > today ? `${labelTitle(what)} cannot be in the future (today is ${formatDay(today)}).` : null)
  );
}

export function checkLength(days: number | undefined): string | null {
  if (days === undefined) return null;
  return Number.isInteger(days) && days >= 1 && days <= MAX_EXPECTED_LENGTH_DAYS
    ? null
    : `The expected length of stay must be a whole number of days from 1 to ${MAX_EXPECTED_LENGTH_DAYS}.`;
}

export function checkProgram(program: ProgramRef, level: CareLevel): string | null {
  if (program.level !== level)
    return `That program is a ${CARE_LEVEL_LABELS[program.level]} program, not ${CARE_LEVEL_LABELS[level]}.`;
  if (!program.active) return "That program is no longer active; choose an active one.";
  return null;
}

export function findTransition(state: CareState, id: string): Transition | undefined {
  return state.transitions.find((t) => t.id === id);
}

/** A PLANNED/CONFIRMED transition whose patient already left the from-level (dischargeForTransition). */
export function pendingAfterDischarge(state: CareState): Transition | undefined {
  return state.transitions.find(
    (t) =>
      isActiveTransitionStatus(t.status) &&
      state.episodes.find((e) => e.id === t.fromEpisodeId)?.status === "DISCHARGED",
  );
}

export function settledMessage(t: Transition, verb: string): string {
  return `The ${describeTransition(t)} was already ${TRANSITION_STATUS_LABELS[t.status]} and cannot be ${verb}.`;
}

export function statusChange(
  t: Transition,
  to: TransitionStatus,
  extra: { statusReason?: string | null; firstAttendedDate?: IsoDate; resultEpisodeId?: string } = {},
): CareEffect {
  return {
    type: "transitionStatusChanged",
    transitionId: t.id,
    from: t.status,
    to,
    statusReason: extra.statusReason ?? null,
    firstAttendedDate: extra.firstAttendedDate ?? null,
    resultEpisodeId: extra.resultEpisodeId ?? null,
  };
}

export function checkDischargeDay(from: Episode, day: IsoDate, today: IsoDate): string | null {
  const invalid = checkFactDay(day, "the discharge date", today);
  if (invalid) return invalid;
  if (day < from.startDate)
    return `The discharge date cannot be before the ${CARE_LEVEL_LABELS[from.level]} episode started (${formatDay(from.startDate)}).`;
  return null;
}
