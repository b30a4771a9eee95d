import type { FieldSpec } from "@/components/ui/form";

/** A day that has already happened (admission, discharge, a session): today unless changed, never later. */
export function pastDayField(label: string, name: string, today: string, hint?: string): FieldSpec {
  return { label, name, type: "date", defaultValue: today, max: today, required: true, hint };
}

/** The expected length of a stay or program, 1 to 365 days; blank takes the default the hint names. */
export function expectedLengthField(hint: string): FieldSpec {
  return { label: "Expected length in days", name: "expectedLengthDays", type: "number", min: 1, max: 365, hint };
}
