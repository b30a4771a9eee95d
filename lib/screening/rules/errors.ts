import { type FieldErrors, ValidationError } from "@/lib/errors";
import type { InstrumentId } from "./instruments";

export type ScreeningIssueCode =
  | "unknown-instrument"
  | "not-a-list"
  | "wrong-count"
  | "missing"
  | "not-a-number"
  | "not-an-integer"
  | "out-of-range"
  | "not-an-option"
  | "not-an-object"
  | "unknown-key"
  | "not-a-boolean"
  | "skipped-question-answered"
  | "contradiction";

export interface ScreeningIssue {
  readonly code: ScreeningIssueCode;
  /** Path inside the answers given to scoreInstrument: "8" (an item), "" (the list), "items.1", "q4". */
  readonly path: string;
  /** Path inside a screening's answers JSON, for form field errors: "phq9.items.8", "cssrs.q4". */
  readonly answerPath: string;
  /** The instrument's item id when the issue is about one item ("item9", "q2"). */
  readonly itemId?: string;
  /** Plain words for staff; never carries an answer value that could be PHI beyond the item. */
  readonly message: string;
}

/**
 * Answers that cannot be scored: wrong count, non-integer, out of range, or a branching
 * contradiction. It is a ValidationError, so the action wrapper turns it into field errors
 * keyed by the answer's path in the screening.
 */
export class ScreeningValidationError extends ValidationError {
  override readonly name = "ScreeningValidationError";
  constructor(
    readonly instrumentId: InstrumentId | null,
    readonly issues: readonly ScreeningIssue[],
  ) {
    super(toFieldErrors(issues), "Some screening answers need attention.");
  }
}

function toFieldErrors(issues: readonly ScreeningIssue[]): FieldErrors {
  const byPath = new Map<string, string[]>();
  for (const issue of issues) byPath.set(issue.answerPath, [...(byPath.get(issue.answerPath) ?? []), issue.message]);
  return Object.fromEntries(byPath);
}

/** Where an answer sits in the screening JSON: summed scales keep their list under `items`. */
export function answerPathOf(instrumentId: InstrumentId | null, path: string): string {
  if (instrumentId === null) return path || "instrument";
  const base = instrumentId === "auditc" || instrumentId === "cssrs" ? instrumentId : `${instrumentId}.items`;
  return path ? `${base}.${path}` : base;
}
