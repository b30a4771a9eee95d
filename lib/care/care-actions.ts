/**
 * One handler per care action: each reads the timeline, refuses with a sentence a clinician can act
 * on, or returns the writes (effects) that carry the action out. `applyCareAction` (episodes.ts)
 * dispatches here and applies the effects. Decisions: docs/decisions/0007-care-state-machine.md.
 */
import type { CareLevel, TransitionStatus } from "@/lib/generated/prisma/enums";
import type { CareAction, CareContext, CareEffect, CareState, Episode, ProgramRef, Transition } from "./care-types";
import { addDays, formatDay, isIsoDate, type IsoDate } from "@/lib/dates/days";
import {
  DISCHARGE_REASON_LABELS,
  dischargeReasonFor,
  isActiveTransitionStatus,
  isHighIntensity,
  LEVEL_LABELS,
  MANUAL_DISCHARGE_REASONS,
  TRANSITION_KIND_LABELS,
  TRANSITION_STATUS_LABELS,
  transitionKind,
  WEEKDAYS,
  type Weekday,
} from "./levels";

export type Outcome = { ok: true; effects: CareEffect[] } | { ok: false; reason: string };

type Action<T extends CareAction["type"]> = Extract<CareAction, { type: T }>;

const refuse = (reason: string): Outcome => ({ ok: false, reason });
const done = (...effects: CareEffect[]): Outcome => ({ ok: true, effects });

export const MAX_EXPECTED_LENGTH_DAYS = 365;

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const openEpisodeOf = (state: CareState): Episode | undefined => state.episodes.find((e) => e.status === "OPEN");

/** The last day any closed episode ended: a new episode may start that day (handoff), not before. */
function latestEnd(state: CareState): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const e of state.episodes) if (e.endDate && (!latest || e.endDate > latest)) latest = e.endDate;
  return latest;
}

const describeTransition = (t: Transition) => `${TRANSITION_KIND_LABELS[t.kind]} to ${LEVEL_LABELS[t.toLevel]}`;
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function checkDay(day: unknown, what: string): string | null {
  return isIsoDate(day) ? null : `Enter ${what} as a calendar day (YYYY-MM-DD).`;
}

function checkFactDay(day: IsoDate, what: string, today: IsoDate): string | null {
  return (
    checkDay(day, what) ??
    (day > today ? `${capitalized(what)} cannot be in the future (today is ${formatDay(today)}).` : null)
  );
}

function checkLength(days: number | undefined): string | null {
  if (days === undefined) return null;
  return Number.isInteger(days) && days >= 1 && days <= MAX_EXPECTED_LENGTH_DAYS
    ? null
    : `The expected length of stay must be a whole number of days from 1 to ${MAX_EXPECTED_LENGTH_DAYS}.`;
}

function checkProgram(program: ProgramRef, level: CareLevel): string | null {
  if (program.level !== level)
    return `That program is a ${LEVEL_LABELS[program.level]} program, not ${LEVEL_LABELS[level]}.`;
  if (!program.active) return "That program is no longer active; choose an active one.";
  return null;
}

function findTransition(state: CareState, id: string): Transition | undefined {
  return state.transitions.find((t) => t.id === id);
}

/** A PLANNED/CONFIRMED transition whose patient already left the from-level (dischargeForTransition). */
function pendingAfterDischarge(state: CareState): Transition | undefined {
  return state.transitions.find(
    (t) =>
      isActiveTransitionStatus(t.status) &&
      state.episodes.find((e) => e.id === t.fromEpisodeId)?.status === "DISCHARGED",
  );
}

function settledMessage(t: Transition, verb: string): string {
  return `The ${describeTransition(t)} was already ${TRANSITION_STATUS_LABELS[t.status]} and cannot be ${verb}.`;
}

function statusChange(
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

export function admit(state: CareState, a: Action<"admit">, ctx: CareContext): Outcome {
  const open = openEpisodeOf(state);
  if (open) {
    return refuse(
      `The patient is already in ${LEVEL_LABELS[open.level]} care (since ${formatDay(open.startDate)}); plan a transition or discharge that episode instead of admitting again.`,
    );
  }
  const pending = pendingAfterDischarge(state);
  if (pending) {
    return refuse(
      `The patient has a ${TRANSITION_STATUS_LABELS[pending.status]} ${describeTransition(pending)} waiting for its first session; complete it, record a no-show or cancel it before admitting.`,
    );
  }
  const invalid =
    checkProgram(a.program, a.level) ??
    checkFactDay(a.startDate, "the admission date", ctx.today) ??
    checkLength(a.expectedLengthDays);
  if (invalid) return refuse(invalid);
  const previousEnd = latestEnd(state);
  if (previousEnd && a.startDate < previousEnd) {
    return refuse(
      `The patient's previous episode ended on ${formatDay(previousEnd)}; a new episode cannot start before that.`,
    );
  }
  const length = a.expectedLengthDays ?? a.program.expectedLengthDays;
  const lengthInvalid = checkLength(length);
  if (lengthInvalid) return refuse(lengthInvalid);
  const episode: Episode = {
    id: ctx.newId(),
    level: a.level,
    programId: a.program.id,
    status: "OPEN",
    startDate: a.startDate,
    expectedEndDate: addDays(a.startDate, length),
    endDate: null,
    dischargeReason: null,
    aftercarePlan: null,
    followUpPlan: null,
  };
  return done({ type: "episodeOpened", episode, byTransitionId: null });
}

/** Week order, no repeats: the schedule is a set of days. */
function normalizeDays(days: readonly Weekday[] | undefined): Weekday[] {
  const set = new Set(days ?? []);
  return WEEKDAYS.filter((d) => set.has(d));
}

export function planTransition(state: CareState, a: Action<"planTransition">, ctx: CareContext): Outcome {
  const from = openEpisodeOf(state);
  if (!from) return refuse("The patient has no open care episode to plan a transition from; admit them first.");
  const kind = transitionKind(from.level, a.toLevel);
  if (!kind)
    return refuse(`The patient is already in ${LEVEL_LABELS[a.toLevel]} care; a transition changes the level of care.`);
  const active = state.transitions.find((t) => t.fromEpisodeId === from.id && isActiveTransitionStatus(t.status));
  if (active) {
    return refuse(
      `A ${describeTransition(active)} is already ${TRANSITION_STATUS_LABELS[active.status]} for ${formatDay(active.plannedDate)}; cancel it before planning another.`,
    );
  }
  const invalid = checkProgram(a.toProgram, a.toLevel) ?? checkDay(a.plannedDate, "the planned date");
  if (invalid) return refuse(invalid);
  if (a.plannedDate < from.startDate) {
    return refuse(
      `The planned date cannot be before the ${LEVEL_LABELS[from.level]} episode started (${formatDay(from.startDate)}).`,
    );
  }
  const scheduleDays = normalizeDays(a.scheduleDays);
  const track = a.track ?? null;
  // IOP runs on tracks (day / evening) and fixed days; the receiving team needs both to hold a place.
  if (a.toLevel === "IOP" && !track) return refuse("Choose the IOP track: day or evening.");
  if (a.toLevel === "IOP" && scheduleDays.length === 0) return refuse("Choose at least one IOP session day.");
  const transition: Transition = {
    id: ctx.newId(),
    kind,
    fromEpisodeId: from.id,
    toLevel: a.toLevel,
    toProgramId: a.toProgram.id,
    plannedDate: a.plannedDate,
    scheduleDays,
    track,
    status: "PLANNED",
    statusReason: null,
    firstAttendedDate: null,
    resultEpisodeId: null,
  };
  return done({ type: "transitionPlanned", transition });
}

const UNKNOWN_TRANSITION = "That transition does not belong to this patient's care timeline.";

export function confirmTransition(state: CareState, a: Action<"confirmTransition">): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (t.status === "CONFIRMED") return refuse(`The ${describeTransition(t)} is already confirmed.`);
  if (t.status !== "PLANNED") return refuse(settledMessage(t, "confirmed"));
  return done(statusChange(t, "CONFIRMED"));
}

export function cancelTransition(state: CareState, a: Action<"cancelTransition">): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (!isActiveTransitionStatus(t.status)) return refuse(settledMessage(t, "cancelled"));
  const reason = text(a.reason);
  if (!reason) return refuse(`Give the reason for cancelling the ${describeTransition(t)}.`);
  return done(statusChange(t, "CANCELLED", { statusReason: reason }));
}

export function markNoShow(state: CareState, a: Action<"markNoShow">, ctx: CareContext): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (!isActiveTransitionStatus(t.status)) return refuse(settledMessage(t, "marked as a no-show"));
  if (ctx.today < t.plannedDate) {
    return refuse(
      `The first session is planned for ${formatDay(t.plannedDate)}; a no-show can be recorded from that day on.`,
    );
  }
  return done(statusChange(t, "NO_SHOW", { statusReason: text(a.reason) }));
}

function closeEpisode(episode: Episode, endDate: IsoDate, t: Transition, aftercarePlan: string | null): CareEffect {
  return {
    type: "episodeClosed",
    episodeId: episode.id,
    endDate,
    dischargeReason: dischargeReasonFor(t.kind),
    aftercarePlan,
    followUpPlan: null,
  };
}

function checkDischargeDay(from: Episode, day: IsoDate, today: IsoDate): string | null {
  const invalid = checkFactDay(day, "the discharge date", today);
  if (invalid) return invalid;
  if (day < from.startDate)
    return `The discharge date cannot be before the ${LEVEL_LABELS[from.level]} episode started (${formatDay(from.startDate)}).`;
  return null;
}

export function dischargeForTransition(
  state: CareState,
  a: Action<"dischargeForTransition">,
  ctx: CareContext,
): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (!isActiveTransitionStatus(t.status)) return refuse(settledMessage(t, "used for a discharge"));
  const from = state.episodes.find((e) => e.id === t.fromEpisodeId);
  if (!from) return refuse(UNKNOWN_TRANSITION);
  if (from.status !== "OPEN")
    return refuse(
      `The patient already left ${LEVEL_LABELS[from.level]} care on ${formatDay(from.endDate ?? from.startDate)}.`,
    );
  const invalid = checkDischargeDay(from, a.dischargeDate, ctx.today);
  if (invalid) return refuse(invalid);
  return done(closeEpisode(from, a.dischargeDate, t, text(a.aftercarePlan)));
}

export function completeTransition(state: CareState, a: Action<"completeTransition">, ctx: CareContext): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (t.status === "PLANNED") return refuse(`Confirm the ${describeTransition(t)} before completing it.`);
  if (t.status !== "CONFIRMED") return refuse(settledMessage(t, "completed"));
  const from = state.episodes.find((e) => e.id === t.fromEpisodeId);
  if (!from) return refuse(UNKNOWN_TRANSITION);
  const invalid =
    checkFactDay(a.firstAttendedDate, "the first attended session", ctx.today) ?? checkLength(a.expectedLengthDays);
  if (invalid) return refuse(invalid);
  const fromLabel = LEVEL_LABELS[from.level];
  const effects: CareEffect[] = [];
  let endDate: IsoDate;
  if (from.status === "OPEN") {
    if (a.dischargeDate === undefined) return refuse(`Enter the day the patient left ${fromLabel} care.`);
    const dayInvalid = checkDischargeDay(from, a.dischargeDate, ctx.today);
    if (dayInvalid) return refuse(dayInvalid);
    endDate = a.dischargeDate;
    effects.push(closeEpisode(from, endDate, t, null));
  } else {
    endDate = from.endDate ?? from.startDate;
    if (a.dischargeDate !== undefined && a.dischargeDate !== endDate) {
      return refuse(`The patient already left ${fromLabel} care on ${formatDay(endDate)}; that discharge date stands.`);
    }
  }
  const previousEnd = latestEnd(state);
  if (previousEnd && previousEnd > endDate && a.firstAttendedDate < previousEnd) {
    return refuse(
      `The patient's last episode ended on ${formatDay(previousEnd)}; the new episode cannot start before that.`,
    );
  }
  if (a.firstAttendedDate < endDate) {
    return refuse(
      `The first ${LEVEL_LABELS[t.toLevel]} session (${formatDay(a.firstAttendedDate)}) cannot be before the patient left ${fromLabel} care (${formatDay(endDate)}).`,
    );
  }
  const otherOpen = state.episodes.find((e) => e.status === "OPEN" && e.id !== from.id);
  if (otherOpen)
    return refuse(
      `The patient is already in ${LEVEL_LABELS[otherOpen.level]} care; a second open episode is not allowed.`,
    );
  const episode: Episode = {
    id: ctx.newId(),
    level: t.toLevel,
    programId: t.toProgramId,
    status: "OPEN",
    startDate: a.firstAttendedDate,
    expectedEndDate: addDays(a.firstAttendedDate, a.expectedLengthDays),
    endDate: null,
    dischargeReason: null,
    aftercarePlan: null,
    followUpPlan: null,
  };
  effects.push(
    { type: "episodeOpened", episode, byTransitionId: t.id },
    statusChange(t, "COMPLETED", {
      statusReason: t.statusReason,
      firstAttendedDate: a.firstAttendedDate,
      resultEpisodeId: episode.id,
    }),
  );
  return done(...effects);
}

export function discharge(state: CareState, a: Action<"discharge">, ctx: CareContext): Outcome {
  const episode = openEpisodeOf(state);
  if (!episode) return refuse("The patient has no open care episode to discharge.");
  if (!(MANUAL_DISCHARGE_REASONS as readonly string[]).includes(a.reason)) {
    return refuse(
      "Choose a discharge reason: completed, left against advice, administrative or transferred out. Step-downs and step-ups are recorded on the transition.",
    );
  }
  const invalid = checkDischargeDay(episode, a.dischargeDate, ctx.today);
  if (invalid) return refuse(invalid);
  const followUpPlan = text(a.followUpPlan);
  const active = state.transitions.filter((t) => t.fromEpisodeId === episode.id && isActiveTransitionStatus(t.status));
  // Leaving a 24-hour level with no step-down is the gap patients are lost in.
  if (isHighIntensity(episode.level) && !followUpPlan) {
    const needed = `Discharging from ${LEVEL_LABELS[episode.level]} without a step-down needs a follow-up plan: who will see the patient next, and when.`;
    const planned = active[0];
    return refuse(
      planned
        ? `${needed} If the patient is leaving for the ${TRANSITION_STATUS_LABELS[planned.status]} ${describeTransition(planned)}, record the discharge on that transition instead.`
        : needed,
    );
  }
  const cancelled = active.map((t) =>
    statusChange(t, "CANCELLED", {
      statusReason: `Cancelled automatically: discharged (${DISCHARGE_REASON_LABELS[a.reason]}).`,
    }),
  );
  return done(...cancelled, {
    type: "episodeClosed",
    episodeId: episode.id,
    endDate: a.dischargeDate,
    dischargeReason: a.reason,
    aftercarePlan: text(a.aftercarePlan),
    followUpPlan,
  });
}
