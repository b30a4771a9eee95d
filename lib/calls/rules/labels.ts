/** Human labels for the call enums, shared by forms, lists and exports. */
export const DISPOSITION_LABEL = {
  SCREENING_STARTED: "Screening started",
  ASSESSMENT_SCHEDULED: "Assessment scheduled",
  CALLBACK_REQUESTED: "Callback requested",
  REFERRED_OUT: "Referred out",
  NOT_A_FIT: "Not a fit",
  INFORMATION_ONLY: "Information only",
  VOICEMAIL_LEFT: "Voicemail left",
  NO_ANSWER: "No answer",
  WRONG_NUMBER_OR_SPAM: "Wrong number / spam",
} as const;

export const RELATION_LABEL = {
  SELF: "Self",
  FAMILY_OR_FRIEND: "Family or friend",
  PROFESSIONAL_REFERRER: "Professional referrer",
  OTHER: "Other",
} as const;

export const REASON_LABEL = {
  SUBSTANCE_USE: "Substance use",
  MENTAL_HEALTH: "Mental health",
  BOTH: "Both",
  INFORMATION_ONLY: "Information only",
} as const;

export const DIRECTION_LABEL = { INBOUND: "Inbound", OUTBOUND: "Outbound" } as const;

export const CALL_STATUS_LABEL = {
  RINGING: "Ringing",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  BUSY: "Busy",
  NO_ANSWER: "No answer",
  FAILED: "Failed",
  CANCELED: "Canceled",
} as const;

export function options<T extends Record<string, string>>(labels: T) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
