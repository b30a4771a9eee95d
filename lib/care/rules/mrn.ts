/**
 * Medical record numbers: `MRN` and seven digits (MRN0000123), the format the demo seeder writes.
 * Fixed width, so text order is number order and the unique index on Patient.mrn finds the
 * highest one directly. See docs/decisions/0009-care-journeys-db.md.
 */
export const MRN_PREFIX = "MRN";
export const MRN_DIGITS = 7;
export const MAX_MRN = 10 ** MRN_DIGITS - 1;
const MRN_PATTERN = /^MRN(\d{7})$/;

export function formatMrn(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_MRN)
    throw new RangeError(`An MRN number runs from 1 to ${MAX_MRN}, got ${n}`);
  return `${MRN_PREFIX}${String(n).padStart(MRN_DIGITS, "0")}`;
}

/** The number inside an MRN of this format; null for anything else (e.g. one imported by hand). */
export function parseMrn(mrn: string): number | null {
  const match = MRN_PATTERN.exec(mrn);
  return match ? Number(match[1]) : null;
}

/** The MRN after the highest one issued so far (null: none yet). */
export function nextMrnAfter(highest: string | null): string {
  const n = highest === null ? 0 : (parseMrn(highest) ?? 0);
  if (n >= MAX_MRN) throw new RangeError("Medical record numbers are exhausted; widen the format.");
  return formatMrn(n + 1);
}
