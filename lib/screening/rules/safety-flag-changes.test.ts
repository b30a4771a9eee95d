import { describe, expect, it } from "vitest";
import type { SafetyFlag } from "./safety";
import { safetyFlagChanges, type StoredSafetyFlag } from "./safety-flag-changes";

const flag = (source: SafetyFlag["source"], risk: SafetyFlag["risk"]): SafetyFlag => ({
  source,
  risk,
  text: source,
  answers: [],
});
const stored = (
  id: string,
  source: string,
  risk: StoredSafetyFlag["risk"],
  status: StoredSafetyFlag["status"],
): StoredSafetyFlag => ({ id, source, risk, status });

describe("safetyFlagChanges", () => {
  it("raises every finding when nothing is stored yet", () => {
    const flags = [flag("phq9-item9", "LOW"), flag("cssrs-moderate", "MODERATE")];
    expect(safetyFlagChanges([], flags)).toEqual(flags.map((f) => ({ kind: "raise", flag: f })));
  });

  it("escalates the open flag of the same instrument on a higher risk, and leaves it on the same or lower", () => {
    const open = [stored("f1", "cssrs-low", "LOW", "OPEN")];
    expect(safetyFlagChanges(open, [flag("cssrs-high", "HIGH")])).toEqual([
      { kind: "escalate", flagId: "f1", flag: flag("cssrs-high", "HIGH") },
    ]);
    expect(safetyFlagChanges(open, [flag("cssrs-low", "LOW")])).toEqual([]);
    expect(safetyFlagChanges([stored("f2", "cssrs-high", "HIGH", "OPEN")], [flag("cssrs-low", "LOW")])).toEqual([]);
  });

  it("does not raise again what a clinician resolved, unless the risk is higher", () => {
    const resolved = [stored("f1", "cssrs-moderate", "MODERATE", "RESOLVED")];
    expect(safetyFlagChanges(resolved, [flag("cssrs-moderate", "MODERATE")])).toEqual([]);
    expect(safetyFlagChanges(resolved, [flag("cssrs-high", "HIGH")])).toEqual([
      { kind: "raise", flag: flag("cssrs-high", "HIGH") },
    ]);
  });

  it("keeps PHQ-9 item 9 and the C-SSRS apart", () => {
    const open = [stored("f1", "phq9-item9", "LOW", "OPEN")];
    expect(safetyFlagChanges(open, [flag("cssrs-low", "LOW")])).toEqual([
      { kind: "raise", flag: flag("cssrs-low", "LOW") },
    ]);
  });
});
