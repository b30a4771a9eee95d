/**
 * The level-of-care recommendation: a pure function of a completed screening (docs/clinical.md rules,
 * ADR 0006). Every factor is evaluated; the highest-acuity level with a finding wins, and the
 * findings of lower rules stay in the ordered reasons so the clinician sees the whole picture.
 * The ASAM Criteria are licensed and not encoded; the clinician records their own ratings.
 */
import {
  contextFindings,
  cssrsModerateFindings,
  obligationPaths,
  obligationWords,
  referOutFindings,
} from "./factors-context";
import { emergencyFindings, severityFindings, withdrawalFindings, type FactorInput } from "./factors-clinical";
import { clinicianScaleFindings, conflictFindings, dependenceFindings, noteFindings } from "./factors-dependence";
import { DEFAULT_LOC_CONFIG, LEVEL_LABELS, type LocConfig, type RecommendedLevel } from "./loc-config";
import type { Reason } from "./reasons";
import type { ScreeningAnswers } from "./answers-schema";
import { scoreScreening } from "./score-screening";

/**
 * Acuity order used to pick the level. REFER_OUT sits just below EMERGENCY: when the center
 * cannot provide what the person mainly needs, no level here is right, whatever else is found.
 */
export const LEVEL_PRECEDENCE: readonly RecommendedLevel[] = [
  "EMERGENCY",
  "REFER_OUT",
  "WITHDRAWAL_MANAGEMENT",
  "RESIDENTIAL",
  "PHP",
  "IOP",
  "OUTPATIENT",
];

export interface Recommendation {
  level: RecommendedLevel;
  /** Ordered: the reasons for the chosen level first, then lower rules' findings, then notes. */
  reasons: Reason[];
  /** After withdrawal management, the level expected next (docs/clinical.md rule 2); otherwise null. */
  expectedNextLevel: RecommendedLevel | null;
  /** Which configuration produced it, for the audit trail. */
  configVersion: string;
}

const rank = (level: RecommendedLevel | null) =>
  level === null ? LEVEL_PRECEDENCE.length : LEVEL_PRECEDENCE.indexOf(level);

export function recommendLevel(screening: ScreeningAnswers, config: LocConfig = DEFAULT_LOC_CONFIG): Recommendation {
  const input: FactorInput = { answers: screening, scores: scoreScreening(screening), config };
  const findings: Reason[] = [
    ...emergencyFindings(input),
    ...referOutFindings(input),
    ...withdrawalFindings(input),
    ...dependenceFindings(input),
    ...clinicianScaleFindings(input),
    ...conflictFindings(input),
    ...severityFindings(input),
    ...contextFindings(input),
    ...cssrsModerateFindings(input),
  ];
  findings.push(...noteFindings(input, findings));

  const top = LEVEL_PRECEDENCE.find((level) => findings.some((f) => f.level === level));
  let level: RecommendedLevel = top ?? "OUTPATIENT";
  const leading: Reason[] = [];
  const trailing: Reason[] = [];

  if (top === undefined) {
    leading.push({
      code: "no-significant-findings",
      level: "OUTPATIENT",
      text: "No finding above the minimal range: outpatient follow-up at most; the clinician decides.",
      answers: ["phq9.items", "gad7.items", "auditc.items", "cssrs", "substanceUse.usesSubstances"],
    });
  }

  if (level === "WITHDRAWAL_MANAGEMENT") {
    const next = config.withdrawal.expectedNextLevel;
    // First in the array so that the stable sort puts it right after the withdrawal findings.
    findings.unshift({
      code: "residential-after-withdrawal-management",
      level: next,
      text: `${LEVEL_LABELS[next]} is the expected next step after withdrawal management.`,
      answers: [...new Set(findings.filter((f) => f.level === "WITHDRAWAL_MANAGEMENT").flatMap((f) => f.answers))],
    });
  }

  const obligations = obligationPaths(input);
  if (obligations.length > 0) {
    const words = obligationWords(input);
    if (level === "PHP" && config.php.obligationsRuleOut) {
      // docs/clinical.md rule 4: obligations that rule out 24-hour care, without a residential need → IOP.
      level = "IOP";
      leading.push({
        code: "obligations-rule-out-php",
        level: "IOP",
        text: `Obligations (${words}) rule out a full-day program: IOP fits around them; the PHP-level findings below are for the clinician to weigh.`,
        answers: obligations,
      });
    } else if (level === "WITHDRAWAL_MANAGEMENT" || level === "RESIDENTIAL") {
      trailing.push({
        code: "obligations-noted",
        level: null,
        text: `Obligations (${words}) noted: an IOP would fit around them, but the findings above need 24-hour care; plan for them (leave, childcare).`,
        answers: obligations,
      });
    } else if (level === "IOP") {
      trailing.push({
        code: "obligations-noted",
        level: null,
        text: `Obligations (${words}): IOP meets around them.`,
        answers: obligations,
      });
    }
  }

  // Stable sort: within a level, findings keep rule order.
  const ordered = [...findings].sort((a, b) => rank(a.level) - rank(b.level));
  const notes = ordered.filter((r) => r.level === null);
  const counted = ordered.filter((r) => r.level !== null);
  return {
    level,
    reasons: [...leading, ...counted, ...notes, ...trailing],
    expectedNextLevel: level === "WITHDRAWAL_MANAGEMENT" ? config.withdrawal.expectedNextLevel : null,
    configVersion: config.version,
  };
}
