/**
 * How screening events move a person through the admissions pipeline. Pure; each move is then
 * checked against the admissions pipeline state machine (moves.ts, ADR 0007) before it is
 * written (write-move.ts), so a screening can never make a move the board would refuse.
 * A screening moves the pipeline only from the stage it expects: a person elsewhere (approved,
 * admitted, closed) is re-screened without being moved (ADR 0008).
 */
import type { PipelineStatus, RecommendedLevel } from "@/lib/generated/prisma/enums";
import type { PipelineMove } from "./moves";

/** Levels the center itself provides (Prisma CareLevel): choosing one approves the person. */
export const CENTER_LEVELS = [
  "WITHDRAWAL_MANAGEMENT",
  "RESIDENTIAL",
  "PHP",
  "IOP",
  "OUTPATIENT",
] as const satisfies readonly RecommendedLevel[];

export function isCenterLevel(level: RecommendedLevel): boolean {
  return (CENTER_LEVELS as readonly string[]).includes(level);
}

/** Where a referral goes when the clinical decision is a level the center does not run. */
const REFERRED_TO: Partial<Record<RecommendedLevel, string>> = {
  EMERGENCY: "Emergency services for crisis evaluation (ED, 988 or mobile crisis)",
  REFER_OUT: "A provider offering the needed service",
};

/** The decision stage a final level leads to: approved for a level the center runs, else referred out (EMERGENCY included). */
export function decisionMove(finalLevel: RecommendedLevel, reason: string): PipelineMove {
  const referredOutTo = REFERRED_TO[finalLevel];
  return referredOutTo ? { to: "REFERRED_OUT", referredOutTo, reason } : { to: "APPROVED", reason };
}

/** Starting a screening moves an inquiry on; a closed attempt is reopened on the board first (ADR 0007). */
export function pipelineOnStart(current: PipelineStatus): PipelineMove | null {
  return current === "INQUIRY" ? { to: "SCREENING", reason: "Screening started" } : null;
}

export function pipelineOnSubmit(current: PipelineStatus): PipelineMove | null {
  return current === "SCREENING"
    ? { to: "AWAITING_CLINICAL_DECISION", reason: "Screening submitted for clinical review" }
    : null;
}

export function pipelineOnReview(current: PipelineStatus, finalLevel: RecommendedLevel): PipelineMove | null {
  return current === "AWAITING_CLINICAL_DECISION" ? decisionMove(finalLevel, `Clinical decision: ${finalLevel}`) : null;
}

/**
 * An amendment that turns an approval into a referral moves the person out. The reverse is a
 * reopening, which the pipeline allows only through Inquiry: that stays a deliberate step.
 */
export function pipelineOnAmend(current: PipelineStatus, finalLevel: RecommendedLevel): PipelineMove | null {
  return current === "APPROVED" && !isCenterLevel(finalLevel)
    ? decisionMove(finalLevel, `Clinical decision amended: ${finalLevel}`)
    : null;
}
