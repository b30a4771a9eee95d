/** The `admit` rule: open a first (or a new) episode when nothing is open or pending. */
import { addDays, formatDay } from "@/lib/dates/days";
import type { CareContext, CareState, Episode } from "./care-types";
import {
  type Action,
  checkFactDay,
  checkLength,
  checkProgram,
  describeTransition,
  done,
  latestEnd,
  openEpisodeOf,
  type Outcome,
  pendingAfterDischarge,
  refuse,
} from "./decide-common";
import { CARE_LEVEL_LABELS, TRANSITION_STATUS_LABELS } from "./levels";

export function decideAdmit(state: CareState, a: Action<"admit">, ctx: CareContext): Outcome {
  const open = openEpisodeOf(state);
  if (open) {
    return refuse(
      `The patient is already in ${CARE_LEVEL_LABELS[open.level]} care (since ${formatDay(open.startDate)}); plan a transition or discharge that episode instead of admitting again.`,
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
