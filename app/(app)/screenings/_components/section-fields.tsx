"use client";

import type { ScreeningAnswersDraft, SectionKey } from "@/lib/screening/rules/answers-schema";
import { INSTRUMENTS } from "@/lib/screening/rules/instruments";
import { AuditcFields, CssrsFields, SummedItems } from "./instrument-fields";
import { CoOccurringFields, InsuranceFields, ServiceFitFields, TreatmentFields, YesNoSection } from "./own-sections";
import { SubstanceFields } from "./substance-fields";

export type SectionValue = NonNullable<ScreeningAnswersDraft[SectionKey]>;
type Errors = Record<string, string[]>;

const MEDICAL = [
  "withdrawalSeizureHistory",
  "deliriumTremensHistory",
  "dailyHeavyAlcoholOrBenzodiazepineUse",
  "currentWithdrawalSymptoms",
  "opioidWithdrawal",
  "pregnant",
  "unstableMedicalCondition",
  "medicalCareBeyondCenter",
] as const;
const HOME = ["safeHome", "livesWithPeopleWhoUse", "unstableHousing", "supportSystem", "accountabilityAtHome"] as const;
const OBLIGATIONS = ["work", "school", "children"] as const;

/** A section nobody has answered yet, in the shape its draft schema accepts. */
export function emptySection(section: SectionKey, sex: "male" | "female" | null): SectionValue {
  switch (section) {
    case "phq9":
    case "gad7":
    case "ciwa":
    case "cows":
      return { items: INSTRUMENTS[section].items.map(() => null) };
    case "auditc":
      return { items: [null, null, null], ...(sex ? { sex } : {}) };
    case "respondent":
    case "substanceUse":
    case "cssrs":
    case "medical":
    case "home":
    case "treatmentHistory":
    case "coOccurring":
    case "obligations":
    case "insurance":
    case "serviceFit":
      return {};
  }
}

/** The questions of one section, controlled: every change hands the whole section's answers up. */
export function SectionFields({
  section,
  value,
  onChange,
  errors,
}: {
  section: SectionKey;
  value: SectionValue;
  onChange: (v: SectionValue) => void;
  errors: Errors;
}) {
  const v = value as never;
  switch (section) {
    case "phq9":
    case "gad7":
    case "ciwa":
    case "cows":
      return <SummedItems id={section} value={v} onChange={onChange} errors={errors} />;
    case "auditc":
      return <AuditcFields value={v} onChange={onChange} errors={errors} />;
    case "cssrs":
      return <CssrsFields value={v} onChange={onChange} errors={errors} />;
    case "substanceUse":
      return <SubstanceFields value={v} onChange={onChange} errors={errors} />;
    case "medical":
      return <YesNoSection section="medical" keys={MEDICAL} value={v} onChange={onChange} errors={errors} />;
    case "home":
      return <YesNoSection section="home" keys={HOME} value={v} onChange={onChange} errors={errors} />;
    case "obligations":
      return <YesNoSection section="obligations" keys={OBLIGATIONS} value={v} onChange={onChange} errors={errors} />;
    case "treatmentHistory":
      return <TreatmentFields value={v} onChange={onChange} errors={errors} />;
    case "coOccurring":
      return <CoOccurringFields value={v} onChange={onChange} errors={errors} />;
    case "insurance":
      return <InsuranceFields value={v} onChange={onChange} errors={errors} />;
    case "serviceFit":
      return <ServiceFitFields value={v} onChange={onChange} errors={errors} />;
    case "respondent":
      // Asked in its own panel above the sections (respondent-panel.tsx), not as a step.
      return null;
  }
}
