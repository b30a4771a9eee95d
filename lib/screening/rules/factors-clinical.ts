/**
 * Findings about the person's condition: suicide risk (rule 1), withdrawal needing 24/7 medical
 * supervision (rule 2) and the severity of the condition (rules 3–5). Each finding names the
 * answers behind it. Pure: the screening has been scored already.
 */
import { CIWA, COWS, GAD7, PHQ9 } from "./instruments";
import type { LocConfig, RecommendedLevel } from "./loc-config";
import { FREQUENCIES, LAST_USE, labelOf, SUBSTANCES } from "./questions";
import type { Reason } from "./reasons";
import type { ScreeningAnswers, Substance } from "./answers-schema";
import type { ScreeningScores } from "./score-screening";

export interface FactorInput {
  answers: ScreeningAnswers;
  scores: ScreeningScores;
  config: LocConfig;
}

const reason = (code: Reason["code"], level: RecommendedLevel | null, text: string, answers: string[]): Reason => ({
  code,
  level,
  text,
  answers,
});

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

const substanceName = (s: Substance) =>
  labelOf(SUBSTANCES, s)
    .replace(/ \(.*\)$/, "")
    .toLowerCase();
const nonZeroItems = (section: string, items: readonly number[]) =>
  items.flatMap((v, i) => (v > 0 ? [`${section}.items.${i}`] : []));

/** Substances (with their list index) last used within `window`. */
function usedWithin(answers: ScreeningAnswers, window: readonly string[], among?: readonly Substance[]) {
  return answers.substanceUse.substances
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => window.includes(entry.lastUse) && (among === undefined || among.includes(entry.substance)));
}

const lastUsePaths = (list: ReturnType<typeof usedWithin>) =>
  list.flatMap(({ index }) => [
    `substanceUse.substances.${index}.substance`,
    `substanceUse.substances.${index}.lastUse`,
  ]);

export function emergencyFindings({ answers, scores }: FactorInput): Reason[] {
  if (scores.cssrs.band !== "high") return [];
  const c = answers.cssrs;
  const parts = [
    ...(c.q2 && c.q4 ? [{ path: "cssrs.q4", text: "intent to act on thoughts (question 4)" }] : []),
    ...(c.q2 && c.q5 ? [{ path: "cssrs.q5", text: "a worked-out plan with intent (question 5)" }] : []),
    ...(c.q6 && c.q6Recent
      ? [{ path: "cssrs.q6", text: "suicidal behaviour within the past 3 months (question 6)" }]
      : []),
  ];
  const answerPaths = parts.flatMap((p) => (p.path === "cssrs.q6" ? ["cssrs.q6", "cssrs.q6Recent"] : [p.path]));
  return [
    reason(
      "cssrs-high",
      "EMERGENCY",
      `C-SSRS high risk — ${joinWords(parts.map((p) => p.text))}: crisis care now (emergency services, 988 or mobile crisis), before anything else.`,
      answerPaths,
    ),
  ];
}

export function withdrawalFindings({ answers, scores, config }: FactorInput): Reason[] {
  const w = config.withdrawal;
  const m = answers.medical;
  const WM = "WITHDRAWAL_MANAGEMENT" as const;
  const out: Reason[] = [];
  const recentAny = usedWithin(answers, w.recentUse);
  const recentSedative = usedWithin(answers, w.recentUse, w.sedatives);

  const history = [
    ...(m.withdrawalSeizureHistory ? ["medical.withdrawalSeizureHistory"] : []),
    ...(m.deliriumTremensHistory ? ["medical.deliriumTremensHistory"] : []),
  ];
  const sedativeNow = recentSedative.length > 0 || m.dailyHeavyAlcoholOrBenzodiazepineUse;
  if (w.seizureOrDtHistoryWithRecentSedativeUse && history.length > 0 && sedativeNow) {
    const what = joinWords([
      ...(m.withdrawalSeizureHistory ? ["withdrawal seizures"] : []),
      ...(m.deliriumTremensHistory ? ["delirium tremens"] : []),
    ]);
    const evidence = m.dailyHeavyAlcoholOrBenzodiazepineUse
      ? ["medical.dailyHeavyAlcoholOrBenzodiazepineUse"]
      : lastUsePaths(recentSedative);
    out.push(
      reason(
        "withdrawal-seizure-or-dt-history",
        WM,
        `History of ${what}, with current alcohol or sedative use: withdrawal needs 24/7 medical supervision.`,
        [...history, ...evidence],
      ),
    );
  }
  if (w.dailyHeavyAlcoholOrBenzodiazepineUse && m.dailyHeavyAlcoholOrBenzodiazepineUse) {
    out.push(
      reason(
        "daily-heavy-alcohol-or-benzodiazepine-use",
        WM,
        "Daily heavy alcohol or benzodiazepine use: stopping can bring dangerous withdrawal without medical supervision.",
        ["medical.dailyHeavyAlcoholOrBenzodiazepineUse"],
      ),
    );
  }
  if (m.currentWithdrawalSymptoms) {
    const managed = usedWithin(answers, w.recentUse, w.currentSymptomsWithRecentUseOf);
    if (managed.length > 0) {
      const names = joinWords(managed.map(({ entry }) => substanceName(entry.substance)));
      out.push(
        reason("current-withdrawal-symptoms", WM, `Withdrawal symptoms now, with recent use of ${names}.`, [
          "medical.currentWithdrawalSymptoms",
          ...lastUsePaths(managed),
        ]),
      );
    } else if (answers.substanceUse.usesSubstances) {
      // With "no" to any use, conflicts.ts counts the symptoms instead (toward the danger).
      out.push(
        reason(
          "withdrawal-symptoms-not-counted",
          null,
          "Withdrawal symptoms reported without recent alcohol, sedative or opioid use: not counted toward withdrawal management; for the clinician to review.",
          ["medical.currentWithdrawalSymptoms"],
        ),
      );
    }
  }
  if (w.opioidWithdrawal && m.opioidWithdrawal) {
    out.push(
      reason(
        "opioid-withdrawal",
        WM,
        "In opioid withdrawal now, or will be on stopping: medically managed withdrawal.",
        ["medical.opioidWithdrawal"],
      ),
    );
  }
  if (w.pregnancyWithRecentUse && m.pregnant && recentAny.length > 0) {
    out.push(
      reason(
        "pregnancy-with-substance-use",
        WM,
        "Pregnant or possibly pregnant, with recent substance use: withdrawal needs medical supervision.",
        ["medical.pregnant", ...lastUsePaths(recentAny)],
      ),
    );
  }
  if (w.unstableMedicalWithRecentUse && m.unstableMedicalCondition && recentAny.length > 0) {
    out.push(
      reason(
        "unstable-medical-condition",
        WM,
        "Medical condition not stable, with recent substance use: withdrawal needs medical monitoring.",
        ["medical.unstableMedicalCondition", ...lastUsePaths(recentAny)],
      ),
    );
  }
  if (w.ciwaAtLeast !== null && scores.ciwa && scores.ciwa.total >= w.ciwaAtLeast) {
    const band = CIWA.bands.find((b) => b.id === scores.ciwa?.band)?.label.toLowerCase() ?? scores.ciwa.band;
    out.push(
      reason(
        "ciwa-withdrawal",
        WM,
        `CIWA-Ar ${scores.ciwa.total} (${band} alcohol withdrawal; ${w.ciwaAtLeast} or more counts).`,
        ["ciwa.items"],
      ),
    );
  }
  if (w.cowsAtLeast !== null && scores.cows && scores.cows.total >= w.cowsAtLeast) {
    const band = COWS.bands.find((b) => b.id === scores.cows?.band)?.label.toLowerCase() ?? scores.cows.band;
    out.push(
      reason(
        "cows-withdrawal",
        WM,
        `COWS ${scores.cows.total} (${band} opioid withdrawal; ${w.cowsAtLeast} or more counts).`,
        ["cows.items"],
      ),
    );
  }
  return out;
}

type Tier = { code: Reason["code"]; level: RecommendedLevel; at: number | null };

function tiered(section: "phq9" | "gad7", total: number, items: readonly number[], tiers: readonly Tier[]): Reason[] {
  const def = section === "phq9" ? PHQ9 : GAD7;
  const tier = tiers.find((t) => t.at !== null && total >= t.at);
  if (!tier) return [];
  const band = def.bands.find((b) => total >= b.min && total <= b.max);
  const bandText = band ? `${band.label.toLowerCase()} band, ${band.min}–${band.max}` : "";
  return [
    reason(tier.code, tier.level, `${def.shortTitle} total ${total} (${bandText}).`, nonZeroItems(section, items)),
  ];
}

export function severityFindings({ answers, scores, config }: FactorInput): Reason[] {
  const s = config.severity;
  const out: Reason[] = [
    ...tiered("phq9", scores.phq9.total, answers.phq9.items, [
      { code: "phq9-severe", level: "RESIDENTIAL", at: s.phq9.severe },
      { code: "phq9-moderately-severe", level: "PHP", at: s.phq9.moderatelySevere },
      { code: "phq9-moderate", level: "IOP", at: s.phq9.moderate },
      { code: "phq9-mild", level: "OUTPATIENT", at: s.phq9.mild },
    ]),
    ...tiered("gad7", scores.gad7.total, answers.gad7.items, [
      { code: "gad7-severe", level: "RESIDENTIAL", at: s.gad7.severe },
      { code: "gad7-moderate", level: "IOP", at: s.gad7.moderate },
      { code: "gad7-mild", level: "OUTPATIENT", at: s.gad7.mild },
    ]),
  ];

  const auditc = scores.auditc;
  const alcohol = answers.substanceUse.substances.findIndex((e) => e.substance === "alcohol");
  const alcoholEntry = answers.substanceUse.substances[alcohol];
  const notDrinkingNow =
    s.auditcNeedsCurrentDrinking && alcoholEntry !== undefined && !s.currentUse.includes(alcoholEntry.lastUse);
  const auditcPaths = ["auditc.items.0", "auditc.items.1", "auditc.items.2", "auditc.sex"];
  const auditcSevere = s.auditcSevere !== null && auditc.total >= s.auditcSevere;
  if ((auditcSevere || auditc.band === "positive") && notDrinkingNow) {
    out.push(
      reason(
        "auditc-not-current",
        null,
        `AUDIT-C ${auditc.total} (${auditc.band}) for the past year, but no alcohol in the past 30 days: noted, not counted.`,
        [...auditcPaths, `substanceUse.substances.${alcohol}.lastUse`],
      ),
    );
  } else if (auditcSevere) {
    out.push(
      reason(
        "auditc-severe",
        "RESIDENTIAL",
        `AUDIT-C ${auditc.total} (${s.auditcSevere} or more counts as severe).`,
        auditcPaths,
      ),
    );
  } else if (auditc.band === "positive") {
    out.push(
      reason(
        "auditc-positive",
        "IOP",
        `AUDIT-C ${auditc.total}, positive for ${answers.auditc.sex === "male" ? "men (4 or more)" : "women (3 or more)"}.`,
        auditcPaths,
      ),
    );
  }

  const notCurrent: string[] = [];
  answers.substanceUse.substances.forEach((entry, index) => {
    const path = (field: string) => `substanceUse.substances.${index}.${field}`;
    const name = substanceName(entry.substance);
    if (!s.currentUse.includes(entry.lastUse)) {
      notCurrent.push(name);
      return;
    }
    const when = labelOf(LAST_USE, entry.lastUse).toLowerCase();
    if (s.injectionIsSevere && entry.route === "injected") {
      out.push(
        reason("substance-injection", "RESIDENTIAL", `Injects ${name} (last used ${when}).`, [
          path("substance"),
          path("route"),
          path("lastUse"),
        ]),
      );
    }
    if (entry.frequency === "daily" && !s.dailyUseIsSevereExceptFor.includes(entry.substance)) {
      out.push(
        reason("substance-daily-use", "RESIDENTIAL", `Daily use of ${name} (last used ${when}).`, [
          path("substance"),
          path("frequency"),
          path("lastUse"),
        ]),
      );
    } else if (s.regularUse.includes(entry.frequency)) {
      out.push(
        reason(
          "substance-regular-use",
          "IOP",
          `Uses ${name}: ${labelOf(FREQUENCIES, entry.frequency).toLowerCase()}.`,
          [path("substance"), path("frequency")],
        ),
      );
    } else {
      out.push(
        reason("substance-occasional-use", "OUTPATIENT", `Uses ${name} less than weekly.`, [
          path("substance"),
          path("frequency"),
        ]),
      );
    }
  });
  if (notCurrent.length > 0) {
    const paths = answers.substanceUse.substances.flatMap((e, i) =>
      s.currentUse.includes(e.lastUse) ? [] : [`substanceUse.substances.${i}.lastUse`],
    );
    out.push(
      reason(
        "substances-not-current",
        null,
        `No use in the past 30 days of ${joinWords(notCurrent)}: the earlier pattern is noted, not counted.`,
        paths,
      ),
    );
  }
  return out;
}
