/**
 * Suicide-risk safety: the risk level (Prisma SafetyRisk), the flags to raise, and what the
 * coordinator must do at each level. Works on drafts as well as submitted screenings, because
 * the banner must appear the moment a risk answer is given, not at submission.
 */
import { CSSRS, PHQ9_SAFETY_ITEM_INDEX } from "./instruments";
import type { ScreeningAnswersDraft } from "./answers-schema";
import { cssrsReaskNeeded } from "./cssrs-reask";

export const SAFETY_RISKS = ["NONE", "LOW", "MODERATE", "HIGH"] as const;
export type SafetyRisk = (typeof SAFETY_RISKS)[number];

export type SafetyFlagSource = "phq9-item9" | "cssrs-low" | "cssrs-moderate" | "cssrs-high";

export interface SafetyFlag {
  /** Stored as SafetyFlag.source. */
  source: SafetyFlagSource;
  risk: SafetyRisk;
  text: string;
  /** Paths of the answers that raised it. */
  answers: string[];
}

export interface SafetyProtocol {
  risk: SafetyRisk;
  title: string;
  /** What the coordinator does, in order. */
  steps: readonly string[];
  /** HIGH: the screening cannot be submitted until the action taken is recorded. */
  actionRequiredBeforeSubmit: boolean;
}

export interface SafetyAssessment {
  risk: SafetyRisk;
  flags: SafetyFlag[];
  protocol: SafetyProtocol;
  /** PHQ-9 item 9 positive with a negative or low C-SSRS, not yet re-asked (ADR 0015). */
  cssrsReaskDue: boolean;
}

export const CSSRS_REASK_STEP =
  "PHQ-9 item 9 was positive, but the C-SSRS screener came out negative or low: ask the C-SSRS again now, naming what the caller said on item 9, and record the re-ask and its result below.";

const RECORD_STEP = "Record the action taken — who was contacted, when, and the outcome — in the safety action field.";

export const SAFETY_PROTOCOLS: Readonly<Record<SafetyRisk, SafetyProtocol>> = {
  HIGH: {
    risk: "HIGH",
    title: "High suicide risk — act now",
    steps: [
      "Stay on the line with the caller. Do not end the call or put them on hold.",
      "If the caller is in immediate danger (has the means at hand, has taken something, or an attempt is under way), call 911 or the local emergency number for their location while you stay on the line.",
      "Otherwise make a warm handoff to the 988 Suicide & Crisis Lifeline (call or text 988) or the local mobile crisis team, and stay on until they are connected.",
      "Notify the clinician on duty now.",
      `${RECORD_STEP} The screening cannot be submitted until this is recorded.`,
    ],
    actionRequiredBeforeSubmit: true,
  },
  MODERATE: {
    risk: "MODERATE",
    title: "Moderate suicide risk — clinician today",
    steps: [
      "Notify the clinician on duty before the call ends; they decide on same-day follow-up and safety precautions.",
      "Give the caller the 988 Suicide & Crisis Lifeline (call or text 988) and tell them to call 911 if they are in danger.",
      RECORD_STEP,
    ],
    actionRequiredBeforeSubmit: false,
  },
  LOW: {
    risk: "LOW",
    title: "Low suicide risk — flag for the clinician",
    steps: [
      "If the C-SSRS screener has not been asked yet, ask it now.",
      "Give the caller the 988 Suicide & Crisis Lifeline (call or text 988).",
      "Continue the screening; the flag stays open until a clinician reviews it.",
    ],
    actionRequiredBeforeSubmit: false,
  },
  NONE: { risk: "NONE", title: "No suicide risk identified", steps: [], actionRequiredBeforeSubmit: false },
};

const riskRank = (risk: SafetyRisk) => SAFETY_RISKS.indexOf(risk);
export const maxRisk = (a: SafetyRisk, b: SafetyRisk): SafetyRisk => (riskRank(a) >= riskRank(b) ? a : b);

type DraftCssrs = NonNullable<ScreeningAnswersDraft["cssrs"]>;

/**
 * C-SSRS flag from possibly partial answers. Every yes counts, even one the branching would skip:
 * in a draft the safe reading of a contradiction is the worse one (scoring refuses it later).
 */
function cssrsFlag(c: DraftCssrs): SafetyFlag | null {
  const yes = (id: keyof DraftCssrs) => c[id] === true;
  const band = CSSRS.bands;
  const text = (id: "low" | "moderate" | "high") =>
    `C-SSRS ${band.find((b) => b.id === id)?.label.toLowerCase() ?? id}.`;
  const paths = (ids: (keyof DraftCssrs)[]) => ids.filter(yes).map((id) => `cssrs.${id}`);
  if (yes("q4") || yes("q5") || (yes("q6") && yes("q6Recent"))) {
    return { source: "cssrs-high", risk: "HIGH", text: text("high"), answers: paths(["q4", "q5", "q6", "q6Recent"]) };
  }
  // Q6 yes with the recency not yet asked is at least moderate.
  if (yes("q3") || (yes("q6") && c.q6Recent !== true)) {
    return {
      source: "cssrs-moderate",
      risk: "MODERATE",
      text: text("moderate"),
      answers: [...paths(["q3", "q6"]), ...(c.q6Recent === false ? ["cssrs.q6Recent"] : [])],
    };
  }
  if (yes("q1") || yes("q2"))
    return { source: "cssrs-low", risk: "LOW", text: text("low"), answers: paths(["q1", "q2"]) };
  return null;
}

/**
 * Risk, flags and protocol from the answers given so far. `cssrsReasked`: the C-SSRS re-ask after a
 * positive item 9 is recorded, so the protocol no longer asks for it.
 */
export function assessSafety(
  answers: Pick<ScreeningAnswersDraft, "phq9" | "cssrs">,
  options: { cssrsReasked?: boolean } = {},
): SafetyAssessment {
  const flags: SafetyFlag[] = [];
  const item9 = answers.phq9?.items[PHQ9_SAFETY_ITEM_INDEX];
  if (typeof item9 === "number" && item9 > 0) {
    // A positive item 9 is at least LOW whatever the total (docs/clinical.md); the C-SSRS decides more.
    flags.push({
      source: "phq9-item9",
      risk: "LOW",
      text: "PHQ-9 item 9: thoughts of being better off dead or of self-harm.",
      answers: [`phq9.items.${PHQ9_SAFETY_ITEM_INDEX}`],
    });
  }
  const cssrs = answers.cssrs ? cssrsFlag(answers.cssrs) : null;
  if (cssrs) flags.push(cssrs);
  const risk = flags.reduce<SafetyRisk>((acc, f) => maxRisk(acc, f.risk), "NONE");
  const cssrsReaskDue = !options.cssrsReasked && cssrsReaskNeeded(answers);
  const protocol = SAFETY_PROTOCOLS[risk];
  return {
    risk,
    flags,
    protocol: cssrsReaskDue ? { ...protocol, steps: [CSSRS_REASK_STEP, ...protocol.steps.slice(1)] } : protocol,
    cssrsReaskDue,
  };
}

/**
 * Safety gate on submission: false while the risk is HIGH and no action has been recorded. The
 * completeness of the answers is checked separately (ScreeningAnswersSchema).
 */
export function canSubmit(
  answers: Pick<ScreeningAnswersDraft, "phq9" | "cssrs">,
  safetyActionTaken: string | null | undefined,
): boolean {
  const { protocol } = assessSafety(answers);
  return !protocol.actionRequiredBeforeSubmit || (safetyActionTaken ?? "").trim().length > 0;
}
