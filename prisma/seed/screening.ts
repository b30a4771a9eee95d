/**
 * Plausible phone-screening answers and what the rules make of them. The scoring bands are the
 * CLINICAL.md defaults and the recommendation follows its five starting rules. This is demo
 * generation only: the product's scoring lives in the screening domain module, which remains the
 * reference (answers here use its section names: phq9, gad7, auditc, cssrs, substances,
 * withdrawal, psychosocial).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CallReason, RecommendedLevel, SafetyRisk, SexAtBirth } from "@/lib/generated/prisma/enums";
import type { Rng } from "./random";

export const INSTRUMENT_SET_VERSION = "2025.1";

export interface Reason {
  rule: string;
  level: RecommendedLevel;
  text: string;
  answers: string[];
}

export interface ScreeningDraft {
  answers: Prisma.InputJsonObject & { phq9: Prisma.InputJsonObject };
  scores: Record<string, { total?: number; band: string; flags: string[] }>;
  safetyRisk: SafetyRisk;
  recommendedLevel: RecommendedLevel;
  reasons: Reason[];
  flags: { source: string; risk: SafetyRisk }[];
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function phq9Band(total: number): string {
  return total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : total <= 19 ? "moderately-severe" : "severe";
}

export function gad7Band(total: number): string {
  return total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : "severe";
}

const RISK_ORDER: readonly SafetyRisk[] = ["NONE", "LOW", "MODERATE", "HIGH"];
const maxRisk = (a: SafetyRisk, b: SafetyRisk) => (RISK_ORDER.indexOf(a) >= RISK_ORDER.indexOf(b) ? a : b);

const SUBSTANCES = ["alcohol", "opioids", "stimulants", "cannabis", "benzodiazepines"] as const;
const ROUTES: Record<(typeof SUBSTANCES)[number], readonly string[]> = {
  alcohol: ["oral"], opioids: ["oral", "intranasal", "smoked", "injected"], stimulants: ["smoked", "intranasal", "oral"],
  cannabis: ["smoked", "vaped", "oral"], benzodiazepines: ["oral"],
};

export function generateScreening(rng: Rng, sex: SexAtBirth, reason: CallReason): ScreeningDraft {
  const severity = Math.max(0, Math.min(1, rng.normal(0.55, 0.22)));
  const mh = reason === "SUBSTANCE_USE" ? 0.6 : 1;
  const su = reason === "MENTAL_HEALTH" ? 0.25 : 1;

  const phq = Array.from({ length: 8 }, () => clamp(rng.normal(severity * 2.6 * mh, 0.75), 0, 3));
  phq.push(clamp(rng.normal(severity * 1.3 * mh - 0.7, 0.6), 0, 3)); // item 9 is rarer than the others
  const gad = Array.from({ length: 7 }, () => clamp(rng.normal(severity * 2.4 * mh, 0.8), 0, 3));

  const usesSubstances = rng.chance(0.1 + 0.85 * su);
  const primary = usesSubstances ? rng.weighted([["alcohol", 45], ["opioids", 25], ["stimulants", 14], ["cannabis", 9], ["benzodiazepines", 7]] as const) : null;
  const frequency = !primary ? null : rng.weighted([["daily", 0.2 + severity], ["several-times-a-week", 0.5], ["weekly", 0.25], ["less-than-weekly", 0.15]] as const);
  const drinks = primary === "alcohol" ? 1 : 0.25;
  const auditc = [
    clamp(rng.normal((frequency === "daily" ? 3.6 : 2) * drinks + (primary ? 0.5 : 0), 0.7), 0, 4),
    clamp(rng.normal(severity * 3.2 * drinks, 0.8), 0, 4),
    clamp(rng.normal(severity * 3 * drinks, 0.8), 0, 4),
  ];

  const q1 = rng.chance((0.04 + 0.3 * severity) * mh);
  const q2 = q1 ? rng.chance(0.45) : rng.chance(0.02);
  const q3 = q2 ? rng.chance(0.4) : null;
  const q4 = q2 ? rng.chance(0.12) : null;
  const q5 = q2 ? rng.chance(0.08) : null;
  const q6 = rng.chance(0.05 + 0.1 * severity);
  const q6Recent = q6 ? rng.chance(0.2) : null;

  const secondary = primary && rng.chance(0.35) ? rng.pick(SUBSTANCES.filter((s) => s !== primary)) : null;
  const substances = [primary, secondary].filter((s): s is (typeof SUBSTANCES)[number] => s !== null).map((substance, i) => ({
    substance, route: rng.pick(ROUTES[substance]),
    frequency: i === 0 ? frequency : rng.pick(["weekly", "less-than-weekly"]),
    lastUse: rng.weighted([["today", 3], ["yesterday", 3], ["2-7-days", 2], ["over-a-week", 1]] as const),
  }));

  const sedative = primary === "alcohol" || primary === "benzodiazepines";
  const withdrawal = {
    seizureHistory: sedative && rng.chance(0.06),
    deliriumTremensHistory: primary === "alcohol" && rng.chance(0.04),
    dailyHeavyAlcoholOrBenzo: sedative && frequency === "daily" && severity > 0.5,
    currentSymptoms: primary !== null && rng.chance(0.1 + 0.35 * severity),
    opioidWithdrawal: primary === "opioids" && rng.chance(0.3),
    pregnant: sex === "FEMALE" && rng.chance(0.02),
    unstableMedical: rng.chance(0.03),
  };
  const prior = rng.weighted([[0, 45], [1, 25], [2, 15], [3, 10], [4, 5]] as const);
  const psychosocial = {
    safeHome: rng.chance(0.8 - 0.3 * severity),
    livesWithPeopleWhoUse: rng.chance(0.12),
    unstableHousing: rng.chance(0.06 + 0.1 * severity),
    priorTreatmentEpisodes: prior,
    relapsesAfterTreatment: prior === 0 ? 0 : rng.int(0, prior),
    coOccurring: mh < 1 && !rng.chance(0.3) ? "none" : rng.weighted([["none", 3], ["manageable", 5], ["complex", 2 * severity]] as const),
    obligations: ["work", "school", "childcare", "caregiving"].filter(() => rng.chance(0.25)),
    needsServiceNotOffered: rng.chance(0.015) ? rng.pick(["eating disorder program", "adolescent program", "inpatient psychiatry"]) : null,
  };

  const phqTotal = sum(phq);
  const gadTotal = sum(gad);
  const auditTotal = sum(auditc);
  const item9 = phq[8] ?? 0;
  const cssrsBand = q4 || q5 || (q6 && q6Recent) ? "high" : q3 || (q6 && !q6Recent) ? "moderate" : q1 || q2 ? "low" : "none";
  const cssrsRisk = cssrsBand.toUpperCase() as SafetyRisk;
  const scores = {
    phq9: { total: phqTotal, band: phq9Band(phqTotal), flags: item9 > 0 ? ["item9-positive"] : [] },
    gad7: { total: gadTotal, band: gad7Band(gadTotal), flags: gadTotal >= 10 ? ["further-evaluation"] : [] },
    auditc: {
      total: auditTotal,
      band: auditTotal >= (sex === "MALE" ? 4 : 3) ? "positive" : "negative",
      flags: auditTotal > 0 && auditTotal === auditc[0] ? ["q1-only"] : [],
    },
    cssrs: { band: cssrsBand, flags: cssrsBand === "high" ? ["immediate-evaluation"] : [] },
  };
  const safetyRisk = item9 > 0 ? maxRisk(cssrsRisk, "LOW") : cssrsRisk;
  const flags: ScreeningDraft["flags"] = [];
  if (item9 > 0) flags.push({ source: "phq9-item9", risk: maxRisk(cssrsRisk, item9 >= 2 ? "MODERATE" : "LOW") });
  if (cssrsBand === "moderate" || cssrsBand === "high") flags.push({ source: `cssrs-${cssrsBand}`, risk: cssrsRisk });

  const { level, reasons } = recommend({
    cssrsBand, withdrawal, psychosocial, phqTotal, gadTotal, auditPositive: scores.auditc.band === "positive", frequency,
  });
  return {
    answers: {
      phq9: { items: phq }, gad7: { items: gad }, auditc: { items: auditc, sexAtBirth: sex },
      cssrs: { q1, q2, q3, q4, q5, q6, q6WithinPast3Months: q6Recent }, substances, withdrawal, psychosocial,
    },
    scores, safetyRisk, recommendedLevel: level, reasons, flags,
  };
}

interface Facts {
  cssrsBand: string;
  withdrawal: Record<"seizureHistory" | "deliriumTremensHistory" | "dailyHeavyAlcoholOrBenzo" | "currentSymptoms" | "opioidWithdrawal" | "pregnant" | "unstableMedical", boolean>;
  psychosocial: { safeHome: boolean; livesWithPeopleWhoUse: boolean; unstableHousing: boolean; relapsesAfterTreatment: number; coOccurring: string; obligations: string[]; needsServiceNotOffered: string | null };
  phqTotal: number;
  gadTotal: number;
  auditPositive: boolean;
  frequency: string | null;
}

/** CLINICAL.md rules 1–5, first match wins; every reason names the answers behind it. */
function recommend(f: Facts): { level: RecommendedLevel; reasons: Reason[] } {
  if (f.cssrsBand === "high") {
    return { level: "EMERGENCY", reasons: [{ rule: "cssrs-high", level: "EMERGENCY", text: "C-SSRS high risk: immediate evaluation", answers: ["cssrs.q4", "cssrs.q5", "cssrs.q6"] }] };
  }
  const withdrawalAnswers = Object.entries(f.withdrawal).filter(([, yes]) => yes).map(([k]) => `withdrawal.${k}`);
  const w = f.withdrawal;
  // Current symptoms alone are common and mild; with daily use they count.
  const medical = w.seizureHistory || w.deliriumTremensHistory || w.dailyHeavyAlcoholOrBenzo || w.opioidWithdrawal ||
    w.unstableMedical || (w.pregnant && f.frequency !== null) || (w.currentSymptoms && f.frequency === "daily");
  if (medical) {
    return { level: "WITHDRAWAL_MANAGEMENT", reasons: [{ rule: "withdrawal-risk", level: "WITHDRAWAL_MANAGEMENT", text: "Withdrawal risk needs 24/7 medical supervision; residential expected next", answers: withdrawalAnswers }] };
  }
  if (f.psychosocial.needsServiceNotOffered) {
    return { level: "REFER_OUT", reasons: [{ rule: "service-not-offered", level: "REFER_OUT", text: `Needs ${f.psychosocial.needsServiceNotOffered}`, answers: ["psychosocial.needsServiceNotOffered"] }] };
  }
  const residential: Reason[] = [];
  const add = (rule: string, text: string, answers: string[]) => residential.push({ rule, level: "RESIDENTIAL", text, answers });
  if (f.phqTotal >= 20) add("severe-depression", "PHQ-9 in the severe band", ["phq9"]);
  if (f.frequency === "daily" && f.auditPositive && f.phqTotal >= 15) add("severe-use", "Daily use with severe symptoms", ["substances[0].frequency", "auditc", "phq9"]);
  if (!f.psychosocial.safeHome) add("no-safe-home", "No safe, supportive home", ["psychosocial.safeHome"]);
  if (f.psychosocial.livesWithPeopleWhoUse) add("home-triggers", "Lives with people who use", ["psychosocial.livesWithPeopleWhoUse"]);
  if (f.psychosocial.unstableHousing) add("unstable-housing", "Unstable housing", ["psychosocial.unstableHousing"]);
  if (f.psychosocial.relapsesAfterTreatment >= 2) add("repeated-relapse", "Two or more relapses after treatment", ["psychosocial.relapsesAfterTreatment"]);
  if (f.psychosocial.coOccurring === "complex") add("complex-co-occurring", "Complex co-occurring disorder", ["psychosocial.coOccurring"]);
  if (residential.length > 0) return { level: "RESIDENTIAL", reasons: residential };
  const moderate = f.phqTotal >= 10 || f.gadTotal >= 10 || f.auditPositive || f.frequency === "daily" || f.frequency === "several-times-a-week";
  if (moderate || f.psychosocial.obligations.length > 0) {
    const answers = [f.phqTotal >= 10 ? "phq9" : "", f.gadTotal >= 10 ? "gad7" : "", f.auditPositive ? "auditc" : "", "psychosocial.safeHome"].filter(Boolean);
    return { level: "IOP", reasons: [{ rule: "moderate-supported", level: "IOP", text: "Moderate condition with a supportive home and stable situation", answers }] };
  }
  return { level: "OUTPATIENT", reasons: [{ rule: "mild", level: "OUTPATIENT", text: "Mild symptoms", answers: ["phq9", "gad7", "auditc"] }] };
}
