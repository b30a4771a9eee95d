import type { AuditcInstrument } from "./types";

/**
 * AUDIT-C: questions 1–3 of the AUDIT with their standard answer options and points. Only these
 * three are shipped: the full AUDIT's wording is WHO material not for commercial use (docs/clinical.md).
 */
export const AUDITC: AuditcInstrument = {
  kind: "auditc",
  id: "auditc",
  version: "1",
  title: "Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)",
  shortTitle: "AUDIT-C",
  administeredBy: "coordinator",
  // The AUDIT asks about drinking during the past year.
  lookBack: "Past year",
  instructions: "These questions are about the caller's use of alcoholic beverages during the past year.",
  attribution:
    "Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med. 1998;158:1789–1795. Questions 1–3 of the AUDIT (Babor TF et al.).",
  licence: "Public domain (SAMHSA). The remaining AUDIT questions are not reproduced.",
  loinc: { total: "75626-2", panel: "72109-2" },
  items: [
    {
      id: "q1",
      number: 1,
      text: "How often do you have a drink containing alcohol?",
      options: [
        { value: 0, label: "Never" },
        { value: 1, label: "Monthly or less" },
        { value: 2, label: "2 to 4 times a month" },
        { value: 3, label: "2 to 3 times a week" },
        { value: 4, label: "4 or more times a week" },
      ],
    },
    {
      id: "q2",
      number: 2,
      text: "How many drinks containing alcohol do you have on a typical day when you are drinking?",
      options: [
        { value: 0, label: "1 or 2" },
        { value: 1, label: "3 or 4" },
        { value: 2, label: "5 or 6" },
        { value: 3, label: "7, 8, or 9" },
        { value: 4, label: "10 or more" },
      ],
    },
    {
      id: "q3",
      number: 3,
      text: "How often do you have six or more drinks on one occasion?",
      options: [
        { value: 0, label: "Never" },
        { value: 1, label: "Less than monthly" },
        { value: 2, label: "Monthly" },
        { value: 3, label: "Weekly" },
        { value: 4, label: "Daily or almost daily" },
      ],
    },
  ],
  minTotal: 0,
  maxTotal: 12,
  bands: [
    { id: "negative", label: "Negative" },
    { id: "positive", label: "Positive" },
  ],
  positiveAtLeast: { male: 4, female: 3 },
  sexQuestion: {
    text: "Sex assigned at birth (sets the AUDIT-C cut-off)",
    options: [
      { value: "female", label: "Female" },
      { value: "male", label: "Male" },
    ],
  },
  q1OnlyNote:
    "All points come from question 1: drinking is likely within recommended limits. Review the caller's intake over the past few months to confirm.",
};

/** AUDIT instructions: when question 1 is "Never", questions 2 and 3 are skipped (scored 0). */
export const AUDITC_NEVER_DRINKS_VALUE = 0;
