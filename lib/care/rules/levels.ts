/**
 * Levels of care, their acuity order and the words people read. Runtime lists are spelled out
 * here (pure code imports only types from Prisma); `satisfies` plus the exhaustive records below
 * make the compiler refuse a list that drifts from the schema's enums.
 */
import type {
  CareLevel,
  DischargeReason,
  ProgramTrack,
  TransitionKind,
  TransitionStatus,
} from "@/lib/generated/prisma/enums";

export const CARE_LEVELS = [
  "WITHDRAWAL_MANAGEMENT",
  "RESIDENTIAL",
  "PHP",
  "IOP",
  "OUTPATIENT",
] as const satisfies readonly CareLevel[];

/**
 * Acuity, highest first: WITHDRAWAL_MANAGEMENT > RESIDENTIAL > PHP > IOP > OUTPATIENT. A move to a
 * lower number is a step-down, to a higher one a step-up.
 */
export const ACUITY: Record<CareLevel, number> = {
  WITHDRAWAL_MANAGEMENT: 5,
  RESIDENTIAL: 4,
  PHP: 3,
  IOP: 2,
  OUTPATIENT: 1,
};

/** The 24-hour levels: their discharges are what the continuity measure follows (docs/clinical.md). */
export const HIGH_INTENSITY_LEVELS = ["WITHDRAWAL_MANAGEMENT", "RESIDENTIAL"] as const satisfies readonly CareLevel[];

/** Levels whose first attended session after a high-intensity discharge is the follow-up. */
export const FOLLOW_UP_LEVELS = ["PHP", "IOP", "OUTPATIENT"] as const satisfies readonly CareLevel[];

export const LEVEL_LABELS: Record<CareLevel, string> = {
  WITHDRAWAL_MANAGEMENT: "withdrawal management",
  RESIDENTIAL: "residential",
  PHP: "PHP",
  IOP: "IOP",
  OUTPATIENT: "outpatient",
};

export const DISCHARGE_REASON_LABELS: Record<DischargeReason, string> = {
  COMPLETED: "completed treatment",
  STEPPED_DOWN: "stepped down",
  STEPPED_UP: "stepped up",
  LEFT_AGAINST_ADVICE: "left against advice",
  ADMINISTRATIVE: "administrative discharge",
  TRANSFERRED_OUT: "transferred out",
};

/** Reasons a person may choose on the discharge form; STEPPED_* are set only by a transition. */
export const MANUAL_DISCHARGE_REASONS = [
  "COMPLETED",
  "LEFT_AGAINST_ADVICE",
  "ADMINISTRATIVE",
  "TRANSFERRED_OUT",
] as const satisfies readonly DischargeReason[];
export type ManualDischargeReason = (typeof MANUAL_DISCHARGE_REASONS)[number];

export const TRANSITION_STATUS_LABELS: Record<TransitionStatus, string> = {
  PLANNED: "planned",
  CONFIRMED: "confirmed",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
  NO_SHOW: "marked as a no-show",
};

export const TRANSITION_KIND_LABELS: Record<TransitionKind, string> = { STEP_DOWN: "step-down", STEP_UP: "step-up" };

/** PLANNED and CONFIRMED transitions are still going to happen; the others are settled. */
export const ACTIVE_TRANSITION_STATUSES = ["PLANNED", "CONFIRMED"] as const satisfies readonly TransitionStatus[];

export function isActiveTransitionStatus(status: TransitionStatus): boolean {
  return status === "PLANNED" || status === "CONFIRMED";
}

export function isHighIntensity(level: CareLevel): boolean {
  return level === "WITHDRAWAL_MANAGEMENT" || level === "RESIDENTIAL";
}

export function isFollowUpLevel(level: CareLevel): boolean {
  return level === "PHP" || level === "IOP" || level === "OUTPATIENT";
}

/** STEP_DOWN to a lower-acuity level, STEP_UP to a higher one, null for the same level. */
export function transitionKind(from: CareLevel, to: CareLevel): TransitionKind | null {
  if (ACUITY[to] < ACUITY[from]) return "STEP_DOWN";
  if (ACUITY[to] > ACUITY[from]) return "STEP_UP";
  return null;
}

/** The discharge reason a completed (or departed-for) transition writes on its from-episode. */
export function dischargeReasonFor(kind: TransitionKind): DischargeReason {
  return kind === "STEP_DOWN" ? "STEPPED_DOWN" : "STEPPED_UP";
}

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The longest expected length of stay, in days, of an episode or a program's default. */
export const MAX_EXPECTED_LENGTH_DAYS = 365;

export const PROGRAM_TRACKS = ["DAY", "EVENING"] as const satisfies readonly ProgramTrack[];
