/**
 * Census alerts as pure predicates over plain rows and `today` — the center's
 * calendar day (lib/dates/zone.ts `zonedDay`). The dashboard counts them in SQL; these functions are the
 * specification those queries are tested against, so each is one simple comparison of days.
 */
import type { CareLevel, EpisodeStatus, TransitionStatus } from "@/lib/generated/prisma/enums";
import { daysBetween, type IsoDate } from "@/lib/dates/days";
import { isFollowUpLevel, isHighIntensity } from "./levels";

/** 24-hour stays whose overstay without a plan is flagged: residential, and detox (same risk). */
export const OVERDUE_STAY_LEVELS: readonly CareLevel[] = ["RESIDENTIAL", "WITHDRAWAL_MANAGEMENT"];
/** How far ahead an unconfirmed step-down is flagged ("due in the next 7 days"). */
export const DUE_SOON_DAYS = 7;
/** The follow-up windows of the continuity measure (docs/clinical.md). */
export const FOLLOW_UP_WINDOW_SHORT_DAYS = 7;
export const FOLLOW_UP_WINDOW_LONG_DAYS = 30;
/** After this many days without follow-up a discharge leaves the call list (it stays in the measure). */
export const FOLLOW_UP_ALERT_MAX_DAYS = 60;
/** Day-program levels whose patients are flagged after a week without attendance. */
export const MISSED_SESSION_LEVELS: readonly CareLevel[] = ["IOP", "PHP"];
export const MISSED_SESSION_DAYS = 7;

/** Day N of a stay: the admission day is day 1. */
export function dayOfStay(startDate: IsoDate, today: IsoDate): number {
  return daysBetween(startDate, today) + 1;
}

export interface StayProgress {
  /** Day N of the stay (admission day = 1). */
  day: number;
  /** Expected length in days (expected end − start): "day 12 of 30". */
  expectedDays: number;
  /** Days left until the expected end; 0 on and after it. */
  daysRemaining: number;
  /** Days past the expected end; 0 until then. */
  overdueDays: number;
  /** Share of the expected stay elapsed, 0–1, for a progress bar. */
  fraction: number;
}

export function expectedStayProgress(startDate: IsoDate, expectedEndDate: IsoDate, today: IsoDate): StayProgress {
  const expectedDays = daysBetween(startDate, expectedEndDate);
  const elapsed = daysBetween(startDate, today);
  const toEnd = daysBetween(today, expectedEndDate);
  return {
    day: elapsed + 1,
    expectedDays,
    daysRemaining: Math.max(0, toEnd),
    overdueDays: Math.max(0, -toEnd),
    fraction: expectedDays > 0 ? Math.min(1, Math.max(0, elapsed / expectedDays)) : 1,
  };
}

export interface StayForAlert {
  level: CareLevel;
  status: EpisodeStatus;
  expectedEndDate: IsoDate;
  /** A PLANNED or CONFIRMED transition (step-down or step-up) from this episode exists. */
  hasActiveTransition: boolean;
}

/**
 * A residential (or withdrawal-management) stay past its expected end with nothing planned. The
 * expected end day itself is not past; the day after is. Any active transition counts as a plan.
 */
export function isOverdueWithoutPlan(
  stay: StayForAlert,
  today: IsoDate,
  levels: readonly CareLevel[] = OVERDUE_STAY_LEVELS,
): boolean {
  return (
    stay.status === "OPEN" && levels.includes(stay.level) && today > stay.expectedEndDate && !stay.hasActiveTransition
  );
}

/**
 * A transition still only PLANNED whose planned date is within `withinDays` from today — today and
 * day 7 included, day 8 not. Past-due unconfirmed ones are included: they are the most urgent.
 */
export function isDueUnconfirmed(
  transition: { status: TransitionStatus; plannedDate: IsoDate },
  today: IsoDate,
  withinDays: number = DUE_SOON_DAYS,
): boolean {
  return transition.status === "PLANNED" && daysBetween(today, transition.plannedDate) <= withinDays;
}

export interface DischargeForAlert {
  level: CareLevel;
  endDate: IsoDate;
  /** The patient has an episode that started on or after this discharge (step-down, re-admission). */
  hasLaterEpisode: boolean;
}

export type FollowUpAlert = { stage: "MISSED_7" | "MISSED_30"; daysSinceDischarge: number };

/**
 * "The people to call today": a residential / withdrawal-management discharge with no attended
 * IOP/PHP/outpatient session after the discharge day. MISSED_7 once the 7-day window has closed
 * (day 8–30 after discharge), MISSED_30 once the 30-day window has (day 31 to `maxDays`). A patient
 * back in care (a later episode) is followed by the census, not this list.
 */
export function followUpAlert(
  discharge: DischargeForAlert,
  sessions: readonly { level: CareLevel; date: IsoDate }[],
  today: IsoDate,
  maxDays: number = FOLLOW_UP_ALERT_MAX_DAYS,
): FollowUpAlert | null {
  if (!isHighIntensity(discharge.level) || discharge.hasLaterEpisode) return null;
  const followedUp = sessions.some((s) => isFollowUpLevel(s.level) && s.date > discharge.endDate && s.date <= today);
  if (followedUp) return null;
  const days = daysBetween(discharge.endDate, today);
  if (days > maxDays || days <= FOLLOW_UP_WINDOW_SHORT_DAYS) return null;
  return { stage: days <= FOLLOW_UP_WINDOW_LONG_DAYS ? "MISSED_7" : "MISSED_30", daysSinceDischarge: days };
}

export interface DayProgramStay {
  level: CareLevel;
  status: EpisodeStatus;
  startDate: IsoDate;
}

/**
 * An open IOP/PHP episode with no attended session in the last 7 days: the last session (or the
 * start, if none since) is 8 or more days ago. A session today clears it; a week exactly does not
 * flag yet, since today's session may still happen.
 */
export function isMissingSessions(
  stay: DayProgramStay,
  lastAttendedDate: IsoDate | null,
  today: IsoDate,
  days: number = MISSED_SESSION_DAYS,
  levels: readonly CareLevel[] = MISSED_SESSION_LEVELS,
): boolean {
  if (stay.status !== "OPEN" || !levels.includes(stay.level)) return false;
  const since = lastAttendedDate !== null && lastAttendedDate > stay.startDate ? lastAttendedDate : stay.startDate;
  return daysBetween(since, today) > days;
}
