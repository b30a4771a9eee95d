/**
 * The level-of-care state machine over one patient's timeline.
 * `applyCareAction` refuses an illegal action with a clear sentence and changes nothing
 * (docs/security.md Z9), or returns the new timeline plus the exact writes that produce it, so the DB
 * layer applies those effects — in order, in one transaction — and nothing else.
 */
import type { CareAction, CareContext, CareEffect, CareResult, CareState, Episode, Transition } from "./care-types";
import { decideAdmit } from "./decide-admit";
import type { Outcome } from "./decide-common";
import { decideDischarge } from "./decide-discharge";
import {
  decideCancelTransition,
  decideCompleteTransition,
  decideConfirmTransition,
  decideDischargeForTransition,
  decideMarkNoShow,
  decidePlanTransition,
} from "./decide-transitions";

export const EMPTY_CARE_STATE: CareState = { episodes: [], transitions: [] };

/** Each action type to its rule (decide-*.ts): the refusal, or the effects that carry it out. */
function decide(state: CareState, action: CareAction, context: CareContext): Outcome {
  switch (action.type) {
    case "admit":
      return decideAdmit(state, action, context);
    case "planTransition":
      return decidePlanTransition(state, action, context);
    case "confirmTransition":
      return decideConfirmTransition(state, action);
    case "cancelTransition":
      return decideCancelTransition(state, action);
    case "markNoShow":
      return decideMarkNoShow(state, action, context);
    case "dischargeForTransition":
      return decideDischargeForTransition(state, action, context);
    case "completeTransition":
      return decideCompleteTransition(state, action, context);
    case "discharge":
      return decideDischarge(state, action, context);
  }
}

export function applyCareAction(state: CareState, action: CareAction, context: CareContext): CareResult {
  const outcome = decide(state, action, context);
  if (!outcome.ok) return outcome;
  return { ok: true, state: applyCareEffects(state, outcome.effects), effects: outcome.effects };
}

function replaceEpisode(episodes: readonly Episode[], id: string, change: (e: Episode) => Episode): Episode[] {
  if (!episodes.some((e) => e.id === id)) throw new Error(`Effect refers to an unknown episode: ${id}`);
  return episodes.map((e) => (e.id === id ? change(e) : e));
}

function replaceTransition(
  transitions: readonly Transition[],
  id: string,
  change: (t: Transition) => Transition,
): Transition[] {
  if (!transitions.some((t) => t.id === id)) throw new Error(`Effect refers to an unknown transition: ${id}`);
  return transitions.map((t) => (t.id === id ? change(t) : t));
}

/**
 * Effects applied to a timeline: what the DB layer does with rows. Exported so tests can check
 * that the effects alone reproduce the new state. Never mutates its input.
 */
export function applyCareEffects(state: CareState, effects: readonly CareEffect[]): CareState {
  let { episodes, transitions } = state;
  for (const effect of effects) {
    switch (effect.type) {
      case "episodeOpened":
        episodes = [...episodes, { ...effect.episode }];
        break;
      case "episodeClosed":
        episodes = replaceEpisode(episodes, effect.episodeId, (e) => ({
          ...e,
          status: "DISCHARGED",
          endDate: effect.endDate,
          dischargeReason: effect.dischargeReason,
          aftercarePlan: effect.aftercarePlan,
          followUpPlan: effect.followUpPlan,
        }));
        break;
      case "transitionPlanned":
        transitions = [...transitions, { ...effect.transition, scheduleDays: [...effect.transition.scheduleDays] }];
        break;
      case "transitionStatusChanged":
        transitions = replaceTransition(transitions, effect.transitionId, (t) => ({
          ...t,
          status: effect.to,
          statusReason: effect.statusReason,
          firstAttendedDate: effect.firstAttendedDate,
          resultEpisodeId: effect.resultEpisodeId,
        }));
        break;
    }
  }
  return { episodes, transitions };
}
