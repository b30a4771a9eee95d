/**
 * The rules of one transition (step-down or step-up): plan → confirm → complete at the first
 * attended session, or cancel / no-show, and the discharge of a patient who leaves for the planned
 * level before that session. Decisions: docs/decisions/0007-care-state-machine.md.
 */
import { addDays, formatDay, type IsoDate } from "@/lib/dates/days";
import type { CareContext, CareEffect, CareState, Episode, Transition } from "./care-types";
import {
  type Action,
  checkDay,
  checkDischargeDay,
  checkFactDay,
  checkLength,
  checkProgram,
  describeTransition,
  done,
  findTransition,
  latestEnd,
  openEpisodeOf,
  type Outcome,
  refuse,
  settledMessage,
  statusChange,
  text,
} from "./decide-common";
import {
  dischargeReasonFor,
  isActiveTransitionStatus,
  CARE_LEVEL_LABELS,
  TRANSITION_STATUS_LABELS,
  transitionKind,
  WEEKDAYS,
  type Weekday,
} from "./levels";

/** Week order, no repeats: the schedule is a set of days. */
function normalizeDays(days: readonly Weekday[] | undefined): Weekday[] {
  const set = new Set(days ?? []);
  return WEEKDAYS.filter((d) => set.has(d));
}

export function decidePlanTransition(state: CareState, a: Action<"planTransition">, ctx: CareContext): Outcome {
  const from = openEpisodeOf(state);
  if (!from) return refuse("The patient has no open care episode to plan a transition from; admit them first.");
  const kind = transitionKind(from.level, a.toLevel);
  if (!kind)
    return refuse(
      `The patient is already in ${CARE_LEVEL_LABELS[a.toLevel]} care; a transition changes the level of care.`,
    );
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
      `The planned date cannot be before the ${CARE_LEVEL_LABELS[from.level]} episode started (${formatDay(from.startDate)}).`,
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

export function decideConfirmTransition(state: CareState, a: Action<"confirmTransition">): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (t.status === "CONFIRMED") return refuse(`The ${describeTransition(t)} is already confirmed.`);
  if (t.status !== "PLANNED") return refuse(settledMessage(t, "confirmed"));
  return done(statusChange(t, "CONFIRMED"));
}

export function decideCancelTransition(state: CareState, a: Action<"cancelTransition">): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (!isActiveTransitionStatus(t.status)) return refuse(settledMessage(t, "cancelled"));
  const reason = text(a.reason);
  if (!reason) return refuse(`Give the reason for cancelling the ${describeTransition(t)}.`);
  return done(statusChange(t, "CANCELLED", { statusReason: reason }));
}

export function decideMarkNoShow(state: CareState, a: Action<"markNoShow">, ctx: CareContext): Outcome {
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

export function decideDischargeForTransition(
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
      `The patient already left ${CARE_LEVEL_LABELS[from.level]} care on ${formatDay(from.endDate ?? from.startDate)}.`,
    );
  const invalid = checkDischargeDay(from, a.dischargeDate, ctx.today);
  if (invalid) return refuse(invalid);
  return done(closeEpisode(from, a.dischargeDate, t, text(a.aftercarePlan)));
}

export function decideCompleteTransition(state: CareState, a: Action<"completeTransition">, ctx: CareContext): Outcome {
  const t = findTransition(state, a.transitionId);
  if (!t) return refuse(UNKNOWN_TRANSITION);
  if (t.status === "PLANNED") return refuse(`Confirm the ${describeTransition(t)} before completing it.`);
  if (t.status !== "CONFIRMED") return refuse(settledMessage(t, "completed"));
  const from = state.episodes.find((e) => e.id === t.fromEpisodeId);
  if (!from) return refuse(UNKNOWN_TRANSITION);
  const invalid =
    checkFactDay(a.firstAttendedDate, "the first attended session", ctx.today) ?? checkLength(a.expectedLengthDays);
  if (invalid) return refuse(invalid);
  const fromLabel = CARE_LEVEL_LABELS[from.level];
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
      `The first ${CARE_LEVEL_LABELS[t.toLevel]} session (${formatDay(a.firstAttendedDate)}) cannot be before the patient left ${fromLabel} care (${formatDay(endDate)}).`,
    );
  }
  const otherOpen = state.episodes.find((e) => e.status === "OPEN" && e.id !== from.id);
  if (otherOpen)
    return refuse(
      `The patient is already in ${CARE_LEVEL_LABELS[otherOpen.level]} care; a second open episode is not allowed.`,
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
