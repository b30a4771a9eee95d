/** Words for the screening enums, shared by lists, the result and the printed summary. */
import type { SafetyRisk, ScreeningStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABEL: Record<ScreeningStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Awaiting review",
  REVIEWED: "Signed",
  AMENDED: "Amended (superseded)",
};

export const RISK_LABEL: Record<SafetyRisk, string> = {
  NONE: "No suicide risk identified",
  LOW: "Low suicide risk",
  MODERATE: "Moderate suicide risk",
  HIGH: "High suicide risk",
};

export const RISK_TONE: Record<SafetyRisk, "slate" | "amber" | "red"> = {
  NONE: "slate",
  LOW: "amber",
  MODERATE: "red",
  HIGH: "red",
};

export const FLAG_SOURCE_LABEL: Record<string, string> = {
  "phq9-item9": "PHQ-9 item 9 positive",
  "cssrs-low": "C-SSRS low risk",
  "cssrs-moderate": "C-SSRS moderate risk",
  "cssrs-high": "C-SSRS high risk",
};
