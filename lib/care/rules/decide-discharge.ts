/**
 * The `discharge` rule: close the open episode with a reason a person chose. Leaving a 24-hour
 * level without a step-down needs a follow-up plan; the episode's active transitions are cancelled.
 */
import type { CareContext, CareState } from "./care-types";
import {
  type Action,
  checkDischargeDay,
  describeTransition,
  done,
  openEpisodeOf,
  type Outcome,
  refuse,
  statusChange,
  text,
} from "./decide-common";
import {
  DISCHARGE_REASON_LABELS,
  isActiveTransitionStatus,
  isHighIntensity,
  CARE_LEVEL_LABELS,
  MANUAL_DISCHARGE_REASONS,
  TRANSITION_STATUS_LABELS,
} from "./levels";

export function decideDischarge(state: CareState, a: Action<"discharge">, ctx: CareContext): Outcome {
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
    const needed = `Discharging from ${CARE_LEVEL_LABELS[episode.level]} without a step-down needs a follow-up plan: who will see the patient next, and when.`;
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
