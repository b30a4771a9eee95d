/**
 * CSV for exports that leave the app (docs/security.md V9): a cell that a spreadsheet would read as a
 * formula (=, +, -, @, tab, CR at the start) is prefixed with an apostrophe, and every cell is
 * quoted, so a caller's name can never run code on a colleague's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** 42 CFR Part 2 §2.32: disclosed records carry the redisclosure notice. */
export const PART2_NOTICE =
  "42 CFR part 2 prohibits unauthorized use or disclosure of these records. This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2).";
