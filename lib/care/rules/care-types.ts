/**
 * A patient's care timeline as plain data: the shape `applyCareAction` reads and returns. Fields
 * mirror CareEpisode and Transition in prisma/schema.prisma, with @db.Date columns as `YYYY-MM-DD`.
 * Versions, audit columns and `openPatientId` (= patientId while OPEN) stay in the DB layer.
 */
import type {
  CareLevel,
  DischargeReason,
  EpisodeStatus,
  ProgramTrack,
  TransitionKind,
  TransitionStatus,
} from "@/lib/generated/prisma/enums";
import type { IsoDate } from "@/lib/dates/days";
import type { ManualDischargeReason, Weekday } from "./levels";

export interface Episode {
  id: string;
  level: CareLevel;
  programId: string;
  status: EpisodeStatus;
  startDate: IsoDate;
  expectedEndDate: IsoDate;
  /** The discharge day; null while OPEN. */
  endDate: IsoDate | null;
  dischargeReason: DischargeReason | null;
  aftercarePlan: string | null;
  /**
   * Who sees the patient next and when, required when leaving a 24-hour level without a
   * step-down. Not yet a CareEpisode column: see the ADR.
   */
  followUpPlan: string | null;
}

export interface Transition {
  id: string;
  kind: TransitionKind;
  fromEpisodeId: string;
  toLevel: CareLevel;
  toProgramId: string;
  plannedDate: IsoDate;
  scheduleDays: Weekday[];
  track: ProgramTrack | null;
  status: TransitionStatus;
  statusReason: string | null;
  /** The first attended session in the receiving program: the real start of the new episode. */
  firstAttendedDate: IsoDate | null;
  resultEpisodeId: string | null;
}

export interface CareState {
  episodes: readonly Episode[];
  transitions: readonly Transition[];
}

/** The program row an action refers to, as the DB layer loaded it. */
export interface ProgramRef {
  id: string;
  level: CareLevel;
  /** Default expected length of stay for new episodes (residential 30, IOP 70). */
  expectedLengthDays: number;
  active: boolean;
}

export interface CareContext {
  /** The center's calendar day now (lib/dates/zone.ts `zonedDay`): facts cannot be dated after it. */
  today: IsoDate;
  /** Ids for new rows; the DB layer passes `crypto.randomUUID`, tests a counter. */
  newId: () => string;
}

export type CareAction =
  | {
      type: "admit";
      level: CareLevel;
      program: ProgramRef;
      startDate: IsoDate;
      /** Defaults to the program's expected length. */
      expectedLengthDays?: number | undefined;
    }
  | {
      type: "planTransition";
      toLevel: CareLevel;
      toProgram: ProgramRef;
      plannedDate: IsoDate;
      scheduleDays?: readonly Weekday[] | undefined;
      track?: ProgramTrack | null | undefined;
    }
  | { type: "confirmTransition"; transitionId: string }
  | { type: "cancelTransition"; transitionId: string; reason: string }
  | { type: "markNoShow"; transitionId: string; reason?: string | undefined }
  | {
      /** The patient leaves the from-level now; the transition stays open until the first session. */
      type: "dischargeForTransition";
      transitionId: string;
      dischargeDate: IsoDate;
      aftercarePlan?: string | undefined;
    }
  | {
      type: "completeTransition";
      transitionId: string;
      firstAttendedDate: IsoDate;
      /** Required while the from-episode is still open (the day the patient left it). */
      dischargeDate?: IsoDate | undefined;
      /** Expected length of the new episode (the domain passes the receiving program's default). */
      expectedLengthDays: number;
    }
  | {
      type: "discharge";
      reason: ManualDischargeReason;
      dischargeDate: IsoDate;
      aftercarePlan?: string | undefined;
      followUpPlan?: string | undefined;
    };

export type CareActionType = CareAction["type"];

/**
 * One database write, in the order to apply them (a closing comes before the opening it makes room
 * for: `openPatientId` is unique).
 */
export type CareEffect =
  | { type: "episodeOpened"; episode: Episode; byTransitionId: string | null }
  | {
      type: "episodeClosed";
      episodeId: string;
      endDate: IsoDate;
      dischargeReason: DischargeReason;
      aftercarePlan: string | null;
      followUpPlan: string | null;
    }
  | { type: "transitionPlanned"; transition: Transition }
  | {
      type: "transitionStatusChanged";
      transitionId: string;
      from: TransitionStatus;
      to: TransitionStatus;
      statusReason: string | null;
      firstAttendedDate: IsoDate | null;
      resultEpisodeId: string | null;
    };

export type CareResult = { ok: true; state: CareState; effects: CareEffect[] } | { ok: false; reason: string };
