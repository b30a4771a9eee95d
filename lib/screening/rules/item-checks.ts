/**
 * Item-level checks shared by scoreInstrument and the zod schemas, so that what the form accepts
 * and what the scorer accepts can never drift apart.
 */
import { answerPathOf, type ScreeningIssue, type ScreeningIssueCode } from "./errors";
import {
  AUDITC,
  AUDITC_NEVER_DRINKS_VALUE,
  CSSRS,
  type CssrsQuestionId,
  type InstrumentId,
  type ScoredItem,
} from "./instruments";

export type AuditcSex = "male" | "female";

export interface AuditcAnswers {
  readonly items: readonly number[];
  readonly sex: AuditcSex;
}

/** C-SSRS screener answers. Q3–Q5 are asked only after a yes to Q2, Q6Recent only after a yes to Q6. */
export interface CssrsAnswers {
  readonly q1: boolean;
  readonly q2: boolean;
  readonly q3?: boolean | null;
  readonly q4?: boolean | null;
  readonly q5?: boolean | null;
  readonly q6: boolean;
  readonly q6Recent?: boolean | null;
}

type IssueSink = (code: ScreeningIssueCode, path: string, message: string, itemId?: string) => void;

function sink(instrumentId: InstrumentId, issues: ScreeningIssue[]): IssueSink {
  return (code, path, message, itemId) =>
    issues.push({ code, path, answerPath: answerPathOf(instrumentId, path), message, ...(itemId ? { itemId } : {}) });
}

const join = (prefix: string, key: string | number) => (prefix ? `${prefix}.${key}` : String(key));

function describeAllowed(item: ScoredItem): string {
  const values = item.options.map((o) => o.value);
  const contiguous = values.every((v, i) => i === 0 || v === (values[i - 1] ?? v) + 1);
  return contiguous
    ? `a whole number from ${values[0]} to ${values[values.length - 1]}`
    : `one of ${values.join(", ")}`;
}

function checkItem(item: ScoredItem, value: unknown, path: string, allowNull: boolean, add: IssueSink): void {
  const label = `Item ${item.number}`;
  if (value === undefined || (value === null && !allowNull))
    return add("missing", path, `${label} needs an answer.`, item.id);
  if (value === null) return;
  if (typeof value !== "number" || Number.isNaN(value))
    return add("not-a-number", path, `${label} must be a number.`, item.id);
  if (!Number.isInteger(value))
    return add("not-an-integer", path, `${label} must be ${describeAllowed(item)}.`, item.id);
  const values = item.options.map((o) => o.value);
  if (value < Math.min(...values) || value > Math.max(...values)) {
    return add("out-of-range", path, `${label} must be ${describeAllowed(item)}.`, item.id);
  }
  if (!values.includes(value)) add("not-an-option", path, `${label} must be ${describeAllowed(item)}.`, item.id);
}

/** A list of item answers in published order. `allowNull` is for drafts: unanswered items. */
export function itemListIssues(
  instrumentId: InstrumentId,
  items: readonly ScoredItem[],
  value: unknown,
  options: { prefix?: string; allowNull?: boolean } = {},
): ScreeningIssue[] {
  const issues: ScreeningIssue[] = [];
  const add = sink(instrumentId, issues);
  const prefix = options.prefix ?? "";
  if (!Array.isArray(value)) {
    add("not-a-list", prefix, `Answers must be a list of ${items.length} item scores.`);
    return issues;
  }
  if (value.length !== items.length) {
    add("wrong-count", prefix, `Expected ${items.length} answers, one per item, but got ${value.length}.`);
  }
  items.forEach((item, index) => {
    // Only items that were given: a short list is reported once, as a wrong count.
    if (index < value.length)
      checkItem(item, value[index] as unknown, join(prefix, index), options.allowNull ?? false, add);
  });
  return issues;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], add: IssueSink): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) add("unknown-key", key, `"${key}" is not an answer of this instrument.`);
  }
}

export function auditcIssues(value: unknown): ScreeningIssue[] {
  const issues: ScreeningIssue[] = [];
  const add = sink("auditc", issues);
  if (!isRecord(value)) {
    add("not-an-object", "", "AUDIT-C answers must be an object with items and sex.");
    return issues;
  }
  unknownKeys(value, ["items", "sex"], add);
  issues.push(...itemListIssues("auditc", AUDITC.items, value.items, { prefix: "items" }));
  if (value.sex === undefined || value.sex === null)
    add("missing", "sex", "Sex assigned at birth is needed for the AUDIT-C cut-off.");
  else if (value.sex !== "male" && value.sex !== "female")
    add("not-an-option", "sex", 'Sex assigned at birth must be "male" or "female".');
  // AUDIT instructions: "Never" to question 1 skips questions 2 and 3, which then score 0.
  // Points there contradict question 1, so they are refused rather than silently counted.
  const items = value.items;
  if (issues.length === 0 && Array.isArray(items) && items[0] === AUDITC_NEVER_DRINKS_VALUE) {
    [1, 2].forEach((index) => {
      const item = AUDITC.items[index];
      if (item && items[index] !== 0) {
        add(
          "skipped-question-answered",
          `items.${index}`,
          `Question ${item.number} is skipped when question 1 is "Never".`,
          item.id,
        );
      }
    });
  }
  return issues;
}

const CSSRS_KEYS: readonly CssrsQuestionId[] = CSSRS.questions.map((q) => q.id);
const BRANCH_AFTER_Q2: readonly CssrsQuestionId[] = ["q3", "q4", "q5"];

/**
 * Strict C-SSRS checks for scoring. Branching decision (ADR 0006): when Q2 is no, Q3–Q5 must be
 * absent, null or false — a yes there is refused, never ignored, because ignoring a yes to
 * "intention of acting on them" would hide high risk; the coordinator corrects Q2 instead. The
 * same holds for Q6Recent when Q6 is no.
 */
export function cssrsIssues(value: unknown): ScreeningIssue[] {
  const issues: ScreeningIssue[] = [];
  const add = sink("cssrs", issues);
  if (!isRecord(value)) {
    add("not-an-object", "", "C-SSRS answers must be an object with q1…q6 and q6Recent.");
    return issues;
  }
  unknownKeys(value, CSSRS_KEYS, add);
  const name = (id: CssrsQuestionId) =>
    id === "q6Recent"
      ? "The question 6 follow-up (past 3 months)"
      : `Question ${CSSRS.questions.find((q) => q.id === id)?.number ?? id}`;
  const requireBoolean = (id: CssrsQuestionId) => {
    const v = value[id];
    if (v === undefined || v === null) add("missing", id, `${name(id)} needs a yes or no.`, id);
    else if (typeof v !== "boolean") add("not-a-boolean", id, `${name(id)} must be yes or no.`, id);
  };
  const branch = (ids: readonly CssrsQuestionId[], gate: "q2" | "q6") => {
    for (const id of ids) {
      const v = value[id];
      if (value[gate] === true) requireBoolean(id);
      else if (v !== undefined && v !== null && typeof v !== "boolean")
        add("not-a-boolean", id, `${name(id)} must be yes or no.`, id);
      else if (value[gate] === false && v === true) {
        const skipped = gate === "q2" ? "question 2 is no" : "question 6 is no";
        add(
          "skipped-question-answered",
          id,
          `This question is skipped when ${skipped}; correct the earlier answer if it is yes.`,
          id,
        );
      }
    }
  };
  (["q1", "q2", "q6"] as const).forEach(requireBoolean);
  branch(BRANCH_AFTER_Q2, "q2");
  branch(["q6Recent"], "q6");
  return issues;
}
