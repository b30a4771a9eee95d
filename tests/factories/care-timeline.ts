/**
 * Test fixtures for the care rules: one program per level, a context with a counter for ids, and
 * `buildTimeline` to reach a state through the real actions (so fixtures always keep the invariants).
 */
import type { CareLevel } from "@/lib/generated/prisma/enums";
import type { CareAction, CareContext, CareState, ProgramRef } from "@/lib/care/rules/care-types";
import type { IsoDate } from "@/lib/dates/days";
import { applyCareAction, EMPTY_CARE_STATE } from "@/lib/care/rules/episodes";

export const PROGRAMS: Record<CareLevel, ProgramRef> = {
  WITHDRAWAL_MANAGEMENT: { id: "prog-wm", level: "WITHDRAWAL_MANAGEMENT", expectedLengthDays: 5, active: true },
  RESIDENTIAL: { id: "prog-res", level: "RESIDENTIAL", expectedLengthDays: 30, active: true },
  PHP: { id: "prog-php", level: "PHP", expectedLengthDays: 20, active: true },
  IOP: { id: "prog-iop", level: "IOP", expectedLengthDays: 70, active: true },
  OUTPATIENT: { id: "prog-op", level: "OUTPATIENT", expectedLengthDays: 90, active: true },
};
export const INACTIVE_IOP: ProgramRef = { id: "prog-iop-old", level: "IOP", expectedLengthDays: 70, active: false };

export function careContext(today: IsoDate, prefix = "id"): CareContext {
  let n = 0;
  return { today, newId: () => `${prefix}-${++n}` };
}

/** Applies actions in order, each on its own `today`; throws on the first refusal. */
export function buildTimeline(
  steps: readonly (readonly [IsoDate, CareAction])[],
  ctx: CareContext = careContext("1970-01-01"),
): CareState {
  let state = EMPTY_CARE_STATE;
  for (const [today, action] of steps) {
    const result = applyCareAction(state, action, { ...ctx, today });
    if (!result.ok) throw new Error(`Fixture step ${action.type} refused: ${result.reason}`);
    state = result.state;
  }
  return state;
}

export const admitAction = (level: CareLevel, startDate: IsoDate, expectedLengthDays?: number): CareAction => ({
  type: "admit",
  level,
  program: PROGRAMS[level],
  startDate,
  expectedLengthDays,
});

export const planAction = (toLevel: CareLevel, plannedDate: IsoDate): CareAction => ({
  type: "planTransition",
  toLevel,
  toProgram: PROGRAMS[toLevel],
  plannedDate,
  ...(toLevel === "IOP" ? { track: "EVENING" as const, scheduleDays: ["TUE", "WED", "THU"] as const } : {}),
});
