import type { ReferralSourceType } from "@/lib/generated/prisma/enums";

/**
 * Human labels for the settings screens and the call form's pickers. Kept apart from the zod
 * schemas so client components can import them without pulling in the phone-number metadata.
 */
export const REFERRAL_SOURCE_TYPE_LABELS = {
  HOSPITAL: "Hospital",
  THERAPIST: "Therapist or counselor",
  PHYSICIAN: "Physician",
  COURT_OR_LEGAL: "Court or legal",
  EMPLOYER_OR_EAP: "Employer or EAP",
  ALUMNI: "Alumni",
  FAMILY_OR_FRIEND: "Family or friend",
  WEB_SEARCH: "Web search",
  SOCIAL_MEDIA: "Social media",
  INSURANCE: "Insurance company",
  OTHER: "Other",
} as const satisfies Record<ReferralSourceType, string>;

export const REFERRAL_SOURCE_TYPE_OPTIONS = Object.entries(REFERRAL_SOURCE_TYPE_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** Field names as the forms show them, for conflict messages ("… changed: Label, Status"). */
export const PHONE_LINE_FIELD_LABELS = {
  number: "Number",
  label: "Label",
  forwardTo: "Forwards to",
  active: "Status",
} as const;
export const REFERRAL_SOURCE_FIELD_LABELS = { name: "Name", type: "Type", active: "Status" } as const;
export const PROGRAM_FIELD_LABELS = {
  name: "Program name",
  expectedLengthDays: "Expected length in days",
  active: "Status",
} as const;

export const STATUS_OPTIONS = [
  { value: "true", label: "Active" },
  { value: "false", label: "Inactive" },
] as const;
