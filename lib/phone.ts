import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";

/**
 * Phone numbers are stored in E.164 (+18555550100). Input is whatever a person types while on
 * the phone — "(855) 555-0100", "855.555.0100", "+1 855 555 0100" — read as a US number unless it
 * starts with +. `libphonenumber-js/max` checks that the number can exist, not only its length.
 */
export const DEFAULT_REGION = "US";

export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === "" || trimmed.length > 40) return null;
  if (/[^\d\s()+.\-–/ext#*]/i.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, DEFAULT_REGION);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** "+18555550100" → "(855) 555-0100" for US numbers, international format otherwise. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return "—";
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === "US" || parsed.countryCallingCode === "1"
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/** A zod field that accepts a typed phone number and outputs E.164, or says clearly what is wrong. */
export const PhoneSchema = z
  .string()
  .trim()
  .min(1, "Enter a phone number.")
  .max(40, "That is too long for a phone number.")
  .transform((value, ctx) => {
    const e164 = normalizePhone(value);
    if (!e164) {
      ctx.addIssue({
        code: "custom",
        message:
          "This is not a valid phone number. Use 10 digits for US numbers, or start with + and the country code.",
      });
      return z.NEVER;
    }
    return e164;
  });
