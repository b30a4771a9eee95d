/**
 * The step-down continuity measure (docs/clinical.md "Step-down continuity", modelled on HEDIS FUI):
 * for each discharge from residential or withdrawal management, was there a follow-up — the first
 * attended IOP / PHP / outpatient session — within 7 and within 30 days? Reports compute it in SQL;
 * this function is the specification those queries are tested against, so it stays literal:
 *
 * - unit: the discharge (an episode of level RESIDENTIAL or WITHDRAWAL_MANAGEMENT that ended), not
 *   the person — two discharges of one person are two units;
 * - follow-up: an attended session at PHP, IOP or OUTPATIENT of the same patient with
 *   1 ≤ (session day − discharge day) ≤ 30; the discharge day itself never counts;
 * - 7-day: that difference ≤ 7; 30-day: ≤ 30 (both inclusive, so day 7 counts for both, day 8 only
 *   for 30, day 31 for neither);
 * - re-admission: when the patient starts another residential / withdrawal-management episode on or
 *   after the discharge day and within 30 days, before any follow-up, the discharge is excluded — the
 *   stay continued (detox → residential is the expected path) and the later discharge is the one
 *   measured. See docs/decisions/0007-care-state-machine.md.
 */
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { daysBetween, type IsoDate } from "@/lib/dates/days";
import { isFollowUpLevel, isHighIntensity } from "./levels";

export const SHORT_WINDOW_DAYS = 7;
export const LONG_WINDOW_DAYS = 30;

export interface ContinuityDischarge {
  episodeId: string;
  patientId: string;
  level: CareLevel;
  /** The discharge day (CareEpisode.endDate). */
  endDate: IsoDate;
}

export interface ContinuitySession {
  patientId: string;
  level: CareLevel;
  date: IsoDate;
}

/** Episode starts, to find re-admissions to 24-hour care (other levels are ignored). */
export interface ContinuityEpisodeStart {
  episodeId: string;
  patientId: string;
  level: CareLevel;
  startDate: IsoDate;
}

export interface ContinuityInput {
  /** Discharges in the period (by end date); other levels are ignored. */
  discharges: readonly ContinuityDischarge[];
  /** Attended sessions up to 30 days after the period's last day. */
  sessions: readonly ContinuitySession[];
  /** Episode starts up to 30 days after the period's last day (for re-admissions). */
  episodeStarts?: readonly ContinuityEpisodeStart[];
}

export interface ContinuityResult extends ContinuityDischarge {
  /** False when excluded (re-admitted before any follow-up); excluded discharges are in no rate. */
  counted: boolean;
  readmissionDate: IsoDate | null;
  firstFollowUpDate: IsoDate | null;
  daysToFollowUp: number | null;
  followUp7: boolean;
  followUp30: boolean;
  /** With `asOf`: no follow-up yet but the window is still open (the rate is not final). */
  pending7: boolean;
  pending30: boolean;
}

function groupByPatient<T extends { patientId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.patientId);
    if (list) list.push(row);
    else map.set(row.patientId, [row]);
  }
  return map;
}

/** One result per residential / withdrawal-management discharge, in input order. */
export function measureContinuity(input: ContinuityInput, options: { asOf?: IsoDate } = {}): ContinuityResult[] {
  const sessionsByPatient = groupByPatient(input.sessions);
  const startsByPatient = groupByPatient(input.episodeStarts ?? []);
  return input.discharges
    .filter((d) => isHighIntensity(d.level))
    .map((d) => {
      let firstFollowUpDate: IsoDate | null = null;
      for (const s of sessionsByPatient.get(d.patientId) ?? []) {
        const days = daysBetween(d.endDate, s.date);
        if (
          isFollowUpLevel(s.level) &&
          days >= 1 &&
          days <= LONG_WINDOW_DAYS &&
          (firstFollowUpDate === null || s.date < firstFollowUpDate)
        )
          firstFollowUpDate = s.date;
      }
      let readmissionDate: IsoDate | null = null;
      for (const e of startsByPatient.get(d.patientId) ?? []) {
        if (e.episodeId === d.episodeId || !isHighIntensity(e.level)) continue;
        const days = daysBetween(d.endDate, e.startDate);
        const beforeFollowUp = firstFollowUpDate === null || e.startDate < firstFollowUpDate;
        if (
          days >= 0 &&
          days <= LONG_WINDOW_DAYS &&
          beforeFollowUp &&
          (readmissionDate === null || e.startDate < readmissionDate)
        )
          readmissionDate = e.startDate;
      }
      const counted = readmissionDate === null;
      const daysToFollowUp = counted && firstFollowUpDate !== null ? daysBetween(d.endDate, firstFollowUpDate) : null;
      const followUp7 = daysToFollowUp !== null && daysToFollowUp <= SHORT_WINDOW_DAYS;
      const followUp30 = daysToFollowUp !== null;
      const elapsed = options.asOf === undefined ? null : daysBetween(d.endDate, options.asOf);
      return {
        episodeId: d.episodeId,
        patientId: d.patientId,
        level: d.level,
        endDate: d.endDate,
        counted,
        readmissionDate,
        firstFollowUpDate: counted ? firstFollowUpDate : null,
        daysToFollowUp,
        followUp7,
        followUp30,
        pending7: counted && !followUp7 && elapsed !== null && elapsed <= SHORT_WINDOW_DAYS,
        pending30: counted && !followUp30 && elapsed !== null && elapsed <= LONG_WINDOW_DAYS,
      };
    });
}

export interface ContinuityRates {
  /** Counted discharges: the denominator of both rates. */
  discharges: number;
  followedUp7: number;
  followedUp30: number;
  /** 0–1, null when there are no counted discharges. */
  rate7: number | null;
  rate30: number | null;
  /** Excluded (re-admitted before follow-up), shown beside the rates. */
  excluded: number;
  /** Counted discharges whose window is still open with no follow-up yet (only with `asOf`). */
  pending7: number;
  pending30: number;
}

export type ContinuityCounts = Omit<ContinuityRates, "rate7" | "rate30">;

/** The rates of counts, however they were counted (here, or in SQL by lib/care/continuity-queries.ts). */
export function ratesFromCounts(counts: ContinuityCounts): ContinuityRates {
  const rate = (n: number) => (counts.discharges === 0 ? null : n / counts.discharges);
  return { ...counts, rate7: rate(counts.followedUp7), rate30: rate(counts.followedUp30) };
}

export function continuityRates(results: readonly ContinuityResult[]): ContinuityRates {
  const counted = results.filter((r) => r.counted);
  return ratesFromCounts({
    discharges: counted.length,
    followedUp7: counted.filter((r) => r.followUp7).length,
    followedUp30: counted.filter((r) => r.followUp30).length,
    excluded: results.length - counted.length,
    pending7: counted.filter((r) => r.pending7).length,
    pending30: counted.filter((r) => r.pending30).length,
  });
}

export interface ContinuityReference {
  id: "va-residential" | "medicaid" | "state-funded-short-term-residential";
  population: string;
  /** What was measured: 7/30-day follow-up, or the share "transferred to further treatment". */
  measure: "follow-up" | "transferred-to-further-treatment";
  rate7: number | null;
  rate30: number | null;
  /** For a published range rather than one figure. */
  range: { low: number; high: number } | null;
  approximate: boolean;
  /** The words of docs/clinical.md, which does not name the underlying publications. */
  sourceText: string;
}

/** Published reference points to show beside the center's rates (docs/clinical.md). */
export const CONTINUITY_REFERENCES: readonly ContinuityReference[] = [
  {
    id: "va-residential",
    population: "VA residential programs",
    measure: "follow-up",
    rate7: 0.59,
    rate30: 0.8,
    range: null,
    approximate: false,
    sourceText: "VA residential programs 59% within 7 days and 80% within 30",
  },
  {
    id: "medicaid",
    population: "Medicaid",
    measure: "follow-up",
    rate7: null,
    rate30: 0.49,
    range: null,
    approximate: true,
    sourceText: "Medicaid about 49% within 30 days",
  },
  {
    id: "state-funded-short-term-residential",
    population: "State-funded short-term residential discharges",
    measure: "transferred-to-further-treatment",
    rate7: null,
    rate30: null,
    range: { low: 0.14, high: 0.17 },
    approximate: false,
    sourceText: 'state-funded short-term residential discharges "transferred to further treatment" only 14–17%',
  },
];
