import type { FieldSpec } from "@/components/ui/form";

/** Insurance as the call form and the patient form ask it (the limits are the schemas'). */
export const INSURANCE_FIELDS = [
  { label: "Insurance payer (optional)", name: "insurancePayer", maxLength: 120, autoComplete: "off" },
  { label: "Member id (optional)", name: "insuranceMemberId", maxLength: 60, autoComplete: "off" },
] as const satisfies readonly FieldSpec[];
