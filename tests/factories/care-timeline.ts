/**
 * In-memory care timelines for the care rules' unit tests (no database): one program per level, a
 * context with a counter for ids, and `buildTimeline` to reach a state through the real actions
 * (so fixtures always keep the invariants).
 */
import type { CareLevel } from "@/lib/generated/prisma/enums";
import type { CareAction, CareContext, CareState, ProgramRef } from "@/lib/care/rules/care-types";
import type { IsoDate } from "@/lib/dates/days";
import { DEFAULT_LENGTH_DAYS } from "@/lib/settings/program-defaults";
import { applyCareAction, EMPTY_CARE_STATE } from "@/lib/care/rules/episodes";

function ref(id: string, level: CareLevel): ProgramRef {
  return { id, level, expectedLengthDays: DEFAULT_LENGTH_DAYS[level], active: true };
}

export const PROGRAM_REFS: Record<CareLevel, ProgramRef> = {
  WITHDRAWAL_MANAGEMENT: ref("prog-wm", "WITHDRAWAL_MANAGEMENT"),
  RESIDENTIAL: ref("prog-res", "RESIDENTIAL"),
  PHP: ref("prog-php", "PHP"),
  IOP: ref("prog-iop", "IOP"),
  OUTPATIENT: ref("prog-op", "OUTPATIENT"),
};
export const INACTIVE_IOP_REF: ProgramRef = { id: "prog-iop-old", level: "IOP", expectedLengthDays: 70, active: false };

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
  program: PROGRAM_REFS[level],
  startDate,
  expectedLengthDays,
});

export const planAction = (toLevel: CareLevel, plannedDate: IsoDate): CareAction => ({
  type: "planTransition",
  toLevel,
  toProgram: PROGRAM_REFS[toLevel],
  plannedDate,
  ...(toLevel === "IOP" ? { track: "EVENING" as const, scheduleDays: ["TUE", "WED", "THU"] as const } : {}),
});
