/**
 * The admissions pipeline: inquiry → screening → awaiting clinical decision →
 * approved → insurance verified → admitted, or out as not admitted (with a reason) / referred out
 * (to whom). Pure: the use cases load the patient, ask here, and write the answer plus a
 * PipelineEvent in one transaction (write-move.ts). Decisions are in
 * docs/decisions/0007-care-state-machine.md.
 */
import type { PipelineStatus } from "@/lib/generated/prisma/enums";

/** The stages a prospect moves through in order; each is a column on the board. */
export const OPEN_PIPELINE_STAGES = [
  "INQUIRY",
  "SCREENING",
  "AWAITING_CLINICAL_DECISION",
  "APPROVED",
  "INSURANCE_VERIFIED",
] as const satisfies readonly PipelineStatus[];
export const PIPELINE_STATUSES = [
  ...OPEN_PIPELINE_STAGES,
  "ADMITTED",
  "NOT_ADMITTED",
  "REFERRED_OUT",
] as const satisfies readonly PipelineStatus[];

export const PIPELINE_LABELS: Record<PipelineStatus, string> = {
  INQUIRY: "Inquiry",
  SCREENING: "Screening",
  AWAITING_CLINICAL_DECISION: "Awaiting clinical decision",
  APPROVED: "Approved",
  INSURANCE_VERIFIED: "Insurance verified",
  ADMITTED: "Admitted",
  NOT_ADMITTED: "Not admitted",
  REFERRED_OUT: "Referred out",
};

/** Admission is the only way into ADMITTED; insurance verification is not a clinical gate (self-pay). */
const ADMITTABLE: readonly PipelineStatus[] = ["APPROVED", "INSURANCE_VERIFIED"];

/** What a move must carry besides the target. */
export type PipelineNeed =
  /** a note saying why (backward moves, not admitted, reopening) */
  | "reason"
  /** the provider the prospect was referred to */
  | "referredOutTo"
  /** only the admit action (which opens a care episode) may move here */
  | "admission"
  /** a new intake for a former patient is refused while they are still in care */
  | "noOpenEpisode";

export type PipelineMoveCheck = { ok: true; needs: readonly PipelineNeed[] } | { ok: false; reason: string };

export interface PipelineState {
  status: PipelineStatus;
  notAdmittedReason: string | null;
  referredOutTo: string | null;
  /** Whether the patient has an open care episode (only read when leaving ADMITTED). */
  hasOpenEpisode: boolean;
}

export interface PipelineMove {
  to: PipelineStatus;
  reason?: string | undefined;
  referredOutTo?: string | undefined;
  /** Set only by the admit action, which opens the care episode in the same transaction. */
  admission?: boolean | undefined;
}

export type PipelineMoveResult =
  | {
      ok: true;
      next: PipelineState;
      event: { fromStatus: PipelineStatus; toStatus: PipelineStatus; note: string | null };
    }
  | { ok: false; reason: string };

export type AllowedPipelineMove = Extract<PipelineMoveResult, { ok: true }>;

function openIndex(status: PipelineStatus): number {
  return (OPEN_PIPELINE_STAGES as readonly PipelineStatus[]).indexOf(status);
}

const label = (status: PipelineStatus) => PIPELINE_LABELS[status];

/**
 * Whether `from → to` is a legal move and what it needs. The board uses it to show drop targets;
 * `movePipeline` uses it before checking the move's payload.
 */
export function checkPipelineMove(from: PipelineStatus, to: PipelineStatus): PipelineMoveCheck {
  if (from === to) return { ok: false, reason: `The prospect is already at ${label(to)}.` };
  const fromIndex = openIndex(from);
  if (fromIndex >= 0) {
    const toIndex = openIndex(to);
    if (toIndex === fromIndex + 1) return { ok: true, needs: [] };
    if (toIndex > fromIndex + 1) {
      const next = OPEN_PIPELINE_STAGES[fromIndex + 1] ?? to;
      return { ok: false, reason: `Move one stage at a time: after ${label(from)} comes ${label(next)}.` };
    }
    // Backward (e.g. approved → screening for a re-screen) is allowed, with a note for the audit trail.
    if (toIndex >= 0) return { ok: true, needs: ["reason"] };
    if (to === "NOT_ADMITTED") return { ok: true, needs: ["reason"] };
    if (to === "REFERRED_OUT") return { ok: true, needs: ["referredOutTo"] };
    // to === "ADMITTED"
    if (ADMITTABLE.includes(from)) return { ok: true, needs: ["admission"] };
    return {
      ok: false,
      reason: `${label(from)} cannot be admitted yet: a clinician must approve the admission first.`,
    };
  }
  if (from === "ADMITTED") {
    if (to === "INQUIRY") return { ok: true, needs: ["reason", "noOpenEpisode"] };
    if (to === "NOT_ADMITTED" || to === "REFERRED_OUT") {
      return {
        ok: false,
        reason: `An admitted patient cannot be marked ${label(to).toLowerCase()}; discharge them from their care episode instead.`,
      };
    }
    return {
      ok: false,
      reason: `An admitted patient cannot go back to ${label(to)}; to start a new intake for a former patient, move them to Inquiry.`,
    };
  }
  // NOT_ADMITTED or REFERRED_OUT: a person who calls again starts over, with the history kept.
  if (to === "INQUIRY") return { ok: true, needs: ["reason"] };
  return {
    ok: false,
    reason: `A prospect who is ${label(from).toLowerCase()} must be reopened to Inquiry before moving to ${label(to)}.`,
  };
}

/** Whether a prospect at `status` is still moving through the pipeline (admitted and closed ones are not). */
export function isOpenStage(status: PipelineStatus): boolean {
  return openIndex(status) >= 0;
}

export function canMovePipeline(from: PipelineStatus, to: PipelineStatus): boolean {
  return checkPipelineMove(from, to).ok;
}

const given = (text: string | undefined): string | null => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

/** Applies one move, or says in plain words why it cannot happen (docs/security.md Z9). */
export function movePipeline(state: PipelineState, move: PipelineMove): PipelineMoveResult {
  const check = checkPipelineMove(state.status, move.to);
  if (!check.ok) return check;
  const reason = given(move.reason);
  const referredOutTo = given(move.referredOutTo);
  for (const need of check.needs) {
    switch (need) {
      case "reason":
        if (!reason) return { ok: false, reason: reasonPrompt(state.status, move.to) };
        break;
      case "referredOutTo":
        if (!referredOutTo) return { ok: false, reason: "Say who the prospect was referred to." };
        break;
      case "admission":
        if (!move.admission)
          return {
            ok: false,
            reason: "Use Admit to admit a prospect: admission opens a care episode at a level and program.",
          };
        break;
      case "noOpenEpisode":
        if (state.hasOpenEpisode)
          return {
            ok: false,
            reason: "The patient is still in care; discharge the open episode before starting a new intake.",
          };
        break;
    }
  }
  const next: PipelineState = {
    status: move.to,
    // The patient row keeps only the current outcome; PipelineEvent keeps the history.
    notAdmittedReason: move.to === "NOT_ADMITTED" ? reason : null,
    referredOutTo: move.to === "REFERRED_OUT" ? referredOutTo : null,
    hasOpenEpisode: state.hasOpenEpisode,
  };
  const note =
    move.to === "REFERRED_OUT" ? [`Referred out to ${referredOutTo ?? ""}`, reason].filter(Boolean).join(". ") : reason;
  return { ok: true, next, event: { fromStatus: state.status, toStatus: move.to, note } };
}

function reasonPrompt(from: PipelineStatus, to: PipelineStatus): string {
  if (to === "NOT_ADMITTED") return "Give the reason the prospect was not admitted.";
  if (from === "ADMITTED") return "Give the reason for starting a new intake.";
  if (from === "NOT_ADMITTED" || from === "REFERRED_OUT") return "Give the reason for reopening the prospect.";
  return `Give the reason for moving back from ${label(from)} to ${label(to)}.`;
}

/**
 * Whether the admit action may run for a patient at `status`. Approved (with or without insurance
 * verified) prospects are admitted; a former patient (ADMITTED, no open episode) may be re-admitted
 * by a clinician without a new intake — e.g. after a missed step-down — and the pipeline stays put.
 */
export function checkAdmissionFromPipeline(
  status: PipelineStatus,
): { ok: true; movesPipeline: boolean } | { ok: false; reason: string } {
  if (status === "ADMITTED") return { ok: true, movesPipeline: false };
  if (ADMITTABLE.includes(status)) return { ok: true, movesPipeline: true };
  if (status === "NOT_ADMITTED" || status === "REFERRED_OUT") {
    return {
      ok: false,
      reason: `The prospect is ${label(status).toLowerCase()}; reopen them to Inquiry and take them through intake first.`,
    };
  }
  return {
    ok: false,
    reason: `${label(status)} cannot be admitted yet: a clinician must approve the admission first.`,
  };
}
