import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { itemsWithTotal, phq9Items } from "@/tests/factories/screening-answers";
import { ScreeningValidationError, type ScreeningIssueCode } from "./errors";
import type { InstrumentId } from "./instruments";
import { scoreInstrument } from "./score-instrument";

/** COWS items with a given total, on published point values only: maxima first, then 1s. */
const COWS_MAX = [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5];
function cowsItems(total: number): number[] {
  let left = total;
  const items = COWS_MAX.map((max) => {
    const v = left >= max ? max : 0;
    left -= v;
    return v;
  });
  // Every item but gooseflesh (index 10: 0, 3, 5) accepts 1.
  return items.map((v, i) => {
    if (v !== 0 || left === 0 || i === 10) return v;
    left -= 1;
    return 1;
  });
}

describe("band boundaries (docs/clinical.md)", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately-severe"],
    [19, "moderately-severe"],
    [20, "severe"],
    [27, "severe"],
  ] as const)("PHQ-9 %i → %s", (total, band) => {
    const items = total > 24 ? phq9Items(total, total - 24) : phq9Items(total);
    expect(scoreInstrument("phq9", items)).toMatchObject({ total, band });
  });

  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
    [21, "severe"],
  ] as const)("GAD-7 %i → %s", (total, band) => {
    expect(scoreInstrument("gad7", itemsWithTotal(total, 7, 3))).toMatchObject({ total, band });
  });

  it.each([
    ["female", 2, "negative"],
    ["female", 3, "positive"],
    ["male", 3, "negative"],
    ["male", 4, "positive"],
    ["female", 0, "negative"],
    ["male", 12, "positive"],
  ] as const)("AUDIT-C %s %i → %s", (sex, total, band) => {
    // Q1 first so a non-zero total never trips the "Never" skip rule.
    const items = total === 0 ? [0, 0, 0] : [Math.min(4, total), ...itemsWithTotal(Math.max(0, total - 4), 2, 4)];
    expect(scoreInstrument("auditc", { items, sex })).toMatchObject({ total, band });
  });

  it.each([
    [0, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [18, "moderate"],
    [19, "severe"],
    [67, "severe"],
  ] as const)("CIWA-Ar %i → %s", (total, band) => {
    const items = [...itemsWithTotal(Math.min(total, 63), 9, 7), Math.max(0, total - 63)];
    expect(scoreInstrument("ciwa", items)).toMatchObject({ total, band });
  });

  it.each([
    [0, "none"],
    [4, "none"],
    [5, "mild"],
    [12, "mild"],
    [13, "moderate"],
    [24, "moderate"],
    [25, "moderately-severe"],
    [36, "moderately-severe"],
    [37, "severe"],
    [48, "severe"],
  ] as const)("COWS %i → %s", (total, band) => {
    const items = cowsItems(total);
    expect(items.reduce((a, b) => a + b, 0)).toBe(total);
    expect(scoreInstrument("cows", items)).toMatchObject({ total, band });
  });
});

describe("flags", () => {
  it.each([1, 2, 3])("PHQ-9 item 9 = %i raises the safety flag even with a minimal total", (item9) => {
    const result = scoreInstrument("phq9", [0, 0, 0, 0, 0, 0, 0, 0, item9]);
    expect(result.band).toBe("minimal");
    expect(result.flags).toEqual(["phq9-item9"]);
  });

  it("no PHQ-9 flag when item 9 is 0, whatever the total", () => {
    expect(scoreInstrument("phq9", phq9Items(24)).flags).toEqual([]);
  });

  it("GAD-7 ≥ 10 suggests further evaluation", () => {
    expect(scoreInstrument("gad7", itemsWithTotal(9, 7, 3)).flags).toEqual([]);
    expect(scoreInstrument("gad7", itemsWithTotal(10, 7, 3)).flags).toEqual(["gad7-further-evaluation"]);
  });

  it("AUDIT-C notes when all points come from Q1", () => {
    expect(scoreInstrument("auditc", { items: [4, 0, 0], sex: "male" })).toEqual({
      total: 4,
      band: "positive",
      flags: ["auditc-q1-only"],
    });
    expect(scoreInstrument("auditc", { items: [2, 0, 0], sex: "female" }).flags).toEqual(["auditc-q1-only"]);
    expect(scoreInstrument("auditc", { items: [3, 1, 0], sex: "male" }).flags).toEqual([]);
    expect(scoreInstrument("auditc", { items: [0, 0, 0], sex: "male" }).flags).toEqual([]);
  });

  it("C-SSRS high flags immediate evaluation and has no total", () => {
    expect(scoreInstrument("cssrs", { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false })).toEqual({
      total: null,
      band: "high",
      flags: ["cssrs-high"],
    });
  });
});

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScreeningValidationError);
    return (error as ScreeningValidationError).issues;
  }
  throw new Error("expected a ScreeningValidationError");
}

describe("validation errors", () => {
  const nine = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  it.each<[string, InstrumentId, unknown, ScreeningIssueCode, string]>([
    ["too few answers", "phq9", [0, 0, 0], "wrong-count", ""],
    ["too many answers", "gad7", [0, 0, 0, 0, 0, 0, 0, 0], "wrong-count", ""],
    ["empty list", "phq9", [], "wrong-count", ""],
    ["not a list", "phq9", "0,0,0", "not-a-list", ""],
    ["null", "gad7", null, "not-a-list", ""],
    ["above the range", "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 4], "out-of-range", "8"],
    ["below the range", "gad7", [0, -1, 0, 0, 0, 0, 0], "out-of-range", "1"],
    ["non-integer", "phq9", [0, 1.5, 0, 0, 0, 0, 0, 0, 0], "not-an-integer", "1"],
    ["NaN", "phq9", [NaN, 0, 0, 0, 0, 0, 0, 0, 0], "not-a-number", "0"],
    ["Infinity", "gad7", [Infinity, 0, 0, 0, 0, 0, 0], "not-an-integer", "0"],
    ["a numeric string", "phq9", ["2", 0, 0, 0, 0, 0, 0, 0, 0], "not-a-number", "0"],
    ["a word", "gad7", ["never", 0, 0, 0, 0, 0, 0], "not-a-number", "0"],
    ["a boolean", "phq9", [true, 0, 0, 0, 0, 0, 0, 0, 0], "not-a-number", "0"],
    ["a hole", "phq9", [0, , 0, 0, 0, 0, 0, 0, 0], "missing", "1"],
    ["null item", "gad7", [0, null, 0, 0, 0, 0, 0], "missing", "1"],
    ["CIWA orientation above 4", "ciwa", [0, 0, 0, 0, 0, 0, 0, 0, 0, 5], "out-of-range", "9"],
    ["CIWA item above 7", "ciwa", [8, 0, 0, 0, 0, 0, 0, 0, 0, 0], "out-of-range", "0"],
    [
      "COWS restlessness 2 (published values 0, 1, 3, 5)",
      "cows",
      [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0],
      "not-an-option",
      "2",
    ],
    ["COWS gooseflesh 1", "cows", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], "not-an-option", "10"],
    ["AUDIT-C item 5", "auditc", { items: [5, 0, 0], sex: "male" }, "out-of-range", "items.0"],
    ["AUDIT-C two items", "auditc", { items: [1, 0], sex: "male" }, "wrong-count", "items"],
    ["AUDIT-C no sex", "auditc", { items: [1, 0, 0] }, "missing", "sex"],
    ["AUDIT-C unknown sex", "auditc", { items: [1, 0, 0], sex: "unknown" }, "not-an-option", "sex"],
    ["AUDIT-C extra key", "auditc", { items: [1, 0, 0], sex: "male", total: 1 }, "unknown-key", "total"],
    ["AUDIT-C a list instead of an object", "auditc", [1, 0, 0], "not-an-object", ""],
    [
      "AUDIT-C 'Never' then drinks per day",
      "auditc",
      { items: [0, 2, 0], sex: "male" },
      "skipped-question-answered",
      "items.1",
    ],
    [
      "AUDIT-C 'Never' then binges",
      "auditc",
      { items: [0, 0, 1], sex: "female" },
      "skipped-question-answered",
      "items.2",
    ],
    ["C-SSRS missing Q1", "cssrs", { q2: false, q6: false }, "missing", "q1"],
    ["C-SSRS string answer", "cssrs", { q1: "yes", q2: false, q6: false }, "not-a-boolean", "q1"],
    ["C-SSRS 1 for yes", "cssrs", { q1: 1, q2: false, q6: false }, "not-a-boolean", "q1"],
    ["C-SSRS extra key", "cssrs", { q1: false, q2: false, q6: false, q7: true }, "unknown-key", "q7"],
  ])("%s", (_, id, answers, code, path) => {
    const issues = issuesOf(() => scoreInstrument(id, answers));
    expect(issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it("names every bad item, not only the first", () => {
    const issues = issuesOf(() => scoreInstrument("phq9", [9, 0, -1, 0, 0.5, 0, 0, 0, "x"]));
    expect(issues.map((i) => [i.code, i.itemId])).toEqual([
      ["out-of-range", "item1"],
      ["out-of-range", "item3"],
      ["not-an-integer", "item5"],
      ["not-a-number", "item9"],
    ]);
  });

  it("is a ValidationError with field errors at the answer's path in the screening", () => {
    let caught: unknown;
    try {
      scoreInstrument("phq9", [...nine.slice(0, 8), 7]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ScreeningValidationError;
    expect(error.instrumentId).toBe("phq9");
    expect(error.fieldErrors).toEqual({ "phq9.items.8": ["Item 9 must be a whole number from 0 to 3."] });
    expect(error.issues[0]).toMatchObject({
      code: "out-of-range",
      path: "8",
      answerPath: "phq9.items.8",
      itemId: "item9",
    });
  });

  it("refuses an unknown instrument", () => {
    const issues = issuesOf(() => scoreInstrument("audit" as InstrumentId, []));
    expect(issues).toEqual([expect.objectContaining({ code: "unknown-instrument" })]);
  });

  it("does not leak answer values into messages", () => {
    const issues = issuesOf(() => scoreInstrument("gad7", [0, 0, 0, 0, 0, 0, 123456]));
    expect(issues.map((i) => i.message).join(" ")).not.toContain("123456");
  });
});
