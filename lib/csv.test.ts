import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("formula-safe CSV (docs/security.md V9)", () => {
  it.each(["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")'])("neutralises %j", (value) => {
    expect(csvCell(value).startsWith(`"'`)).toBe(true);
  });

  it("quotes and escapes quotes, keeps ordinary text", () => {
    expect(csvCell('Avery "AJ" Quinn')).toBe('"Avery ""AJ"" Quinn"');
    expect(csvRow(["a", 1, null])).toBe('"a","1",""\r\n');
  });

  it("never emits a cell a spreadsheet would evaluate", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value);
        const inner = cell.slice(1, -1);
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
      }),
    );
  });
});
