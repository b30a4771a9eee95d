/**
 * Levels of care, their acuity order and the words people read. Runtime lists are spelled out
 * here (pure code imports only types from Prisma); `satisfies` plus the exhaustive records below
 * make the compiler refuse a list that drifts from the schema's enums.
 *
 * The human labels of the care enums (level, discharge reason, transition kind and status, track,
 * weekday) live here and nowhere else: the rules write their refusal sentences with these words,
 * so the pages that show the same values must use the same ones, and this module is pure, so
 * client components import it too. Other areas keep their enums' labels beside their own rules
 * (the screening's recommended levels, the pipeline's stages), not in one shared labels file.
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

/** Lower case, for use inside a sentence ("discharged from residential"); `careLevelTitle` for headings. */
export const CARE_LEVEL_LABELS: Record<CareLevel, string> = {
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

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MON: "Monday",
  TUE: "Tuesday",
  WED: "Wednesday",
  THU: "Thursday",
  FRI: "Friday",
  SAT: "Saturday",
  SUN: "Sunday",
};

/** The longest expected length of stay, in days, of an episode or a program's default. */
export const MAX_EXPECTED_LENGTH_DAYS = 365;

export const PROGRAM_TRACKS = ["DAY", "EVENING"] as const satisfies readonly ProgramTrack[];

export const PROGRAM_TRACK_LABELS: Record<ProgramTrack, string> = { DAY: "Day track", EVENING: "Evening track" };

/** A label at the start of a sentence or as a heading: "Residential", "Completed treatment". */
export function labelTitle(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Level names as headings ("Residential", "IOP"). */
export function careLevelTitle(level: CareLevel): string {
  return labelTitle(CARE_LEVEL_LABELS[level]);
}
