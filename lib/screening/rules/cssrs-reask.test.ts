import { describe, expect, it } from "vitest";
import { cssrsReaskNeeded, describeReask, reconcileReask } from "./cssrs-reask";
import { assessSafety, CSSRS_REASK_STEP } from "./safety";

const phq9 = (item9: number) => ({ items: [0, 0, 0, 0, 0, 0, 0, 0, item9] });
const negative = { q1: false, q2: false, q6: false };
const low = { q1: true, q2: false, q6: false };
const moderate = { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false };

describe("C-SSRS re-ask after a positive PHQ-9 item 9 (ADR 0015)", () => {
  it("is due when item 9 is positive and the finished C-SSRS is negative or low", () => {
    expect(cssrsReaskNeeded({ phq9: phq9(1), cssrs: negative })).toBe(true);
    expect(cssrsReaskNeeded({ phq9: phq9(2), cssrs: low })).toBe(true);
    expect(cssrsReaskNeeded({ phq9: phq9(1), cssrs: moderate })).toBe(false);
    expect(cssrsReaskNeeded({ phq9: phq9(0), cssrs: negative })).toBe(false);
    // Not finished yet: the protocol's "ask the C-SSRS" step covers it.
    expect(cssrsReaskNeeded({ phq9: phq9(1), cssrs: { q1: false } })).toBe(false);
    expect(cssrsReaskNeeded({ phq9: phq9(1) })).toBe(false);
  });

  it("the protocol shown prompts the re-ask until it is recorded", () => {
    const due = assessSafety({ phq9: phq9(1), cssrs: negative });
    expect(due.risk).toBe("LOW");
    expect(due.cssrsReaskDue).toBe(true);
    expect(due.protocol.steps[0]).toBe(CSSRS_REASK_STEP);
    const done = assessSafety({ phq9: phq9(1), cssrs: negative }, { cssrsReasked: true });
    expect(done.cssrsReaskDue).toBe(false);
    expect(done.protocol.steps).not.toContain(CSSRS_REASK_STEP);
  });

  it("keeps the more dangerous of the two results, never the safer", () => {
    expect(reconcileReask(negative, moderate)).toMatchObject({
      firstBand: "none",
      reaskBand: "moderate",
      kept: "reask",
    });
    expect(reconcileReask(low, negative)).toMatchObject({ firstBand: "low", reaskBand: "none", kept: "first" });
    expect(reconcileReask(low, low).kept).toBe("first");
  });

  it("says what was found and kept", () => {
    expect(describeReask(reconcileReask(negative, moderate))).toBe(
      "C-SSRS re-asked after a positive PHQ-9 item 9: first no risk identified, re-ask moderate risk — the re-ask found more risk, so its answers are the screening's C-SSRS (the first answers are kept in the record).",
    );
    expect(describeReask(reconcileReask(low, negative))).toContain("the first result, the more dangerous one, is kept");
  });
});
