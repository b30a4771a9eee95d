import { z } from "zod";

const uuid = (message: string) => z.uuid({ message });
const minutes = (label: string, max: number) =>
  z.coerce
    .number({ message: `${label} must be a number of minutes.` })
    .int(`${label} must be a whole number of minutes.`)
    .min(1, `${label} must be at least 1 minute.`)
    .max(max, `${label} can be at most ${max} minutes.`);
const localDateTime = (label: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}: enter a date and time.`);

export const AcknowledgeFlagSchema = z.strictObject({ flagId: uuid("Choose a safety flag.") });
export type AcknowledgeFlagInput = z.infer<typeof AcknowledgeFlagSchema>;

export const AddShiftSchema = z.strictObject({
  clinicianId: uuid("Choose the clinician on call."),
  fallbackId: z.preprocess((v) => (v === "" ? undefined : v), uuid("Choose a fallback clinician.").optional()),
  startsAt: localDateTime("Starts"),
  endsAt: localDateTime("Ends"),
});
export type AddShiftInput = z.infer<typeof AddShiftSchema>;

export const CancelShiftSchema = z.strictObject({ shiftId: uuid("Choose a shift.") });
export type CancelShiftInput = z.infer<typeof CancelShiftSchema>;

export const AckSettingsSchema = z.strictObject({
  highAckMinutes: minutes("High risk", 24 * 60),
  moderateAckMinutes: minutes("Moderate risk", 7 * 24 * 60),
  expectedVersion: z.coerce.number().int().min(0),
});
export type AckSettingsInput = z.infer<typeof AckSettingsSchema>;

export const MarkNotificationsReadSchema = z.strictObject({});
