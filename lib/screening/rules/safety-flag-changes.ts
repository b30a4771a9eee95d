/**
 * Which safety flags an assessment raises or escalates, given the flags already stored for the
 * screening and the versions it amends (ADR 0008):
 * - a new finding raises an OPEN flag at once;
 * - a higher risk from the same instrument escalates the open flag rather than adding another;
 * - a flag a clinician resolved is not raised again for the same or a lower risk;
 * - flags are never lowered or closed by a changed answer: only a clinician resolves them.
 */
import type { SafetyFlagStatus } from "@/lib/generated/prisma/enums";
import { SAFETY_RISKS, type SafetyFlag, type SafetyRisk } from "./safety";

export interface StoredSafetyFlag {
  id: string;
  source: string;
  risk: SafetyRisk;
  status: SafetyFlagStatus;
}

export type SafetyFlagChange =
  { kind: "raise"; flag: SafetyFlag } | { kind: "escalate"; flagId: string; flag: SafetyFlag };

const rank = (risk: SafetyRisk) => SAFETY_RISKS.indexOf(risk);

/** PHQ-9 item 9 and the C-SSRS each keep one flag: a C-SSRS answer that rises escalates its flag. */
const familyOf = (source: string) => (source.startsWith("cssrs") ? "cssrs" : source);

export function safetyFlagChanges(
  stored: readonly StoredSafetyFlag[],
  flags: readonly SafetyFlag[],
): SafetyFlagChange[] {
  const changes: SafetyFlagChange[] = [];
  for (const flag of flags) {
    const family = stored.filter((e) => familyOf(e.source) === familyOf(flag.source));
    const open = family.find((e) => e.status === "OPEN");
    if (open) {
      if (rank(flag.risk) > rank(open.risk)) changes.push({ kind: "escalate", flagId: open.id, flag });
      continue;
    }
    const highestResolved = family.reduce((acc, e) => Math.max(acc, rank(e.risk)), -1);
    if (rank(flag.risk) > highestResolved) changes.push({ kind: "raise", flag });
  }
  return changes;
}
