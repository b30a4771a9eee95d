import { scoredInOrder } from "./build";
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
      options: scoredInOrder([
        "Never",
        "Monthly or less",
        "2 to 4 times a month",
        "2 to 3 times a week",
        "4 or more times a week",
      ]),
    },
    {
      id: "q2",
      number: 2,
      text: "How many drinks containing alcohol do you have on a typical day when you are drinking?",
      options: scoredInOrder(["1 or 2", "3 or 4", "5 or 6", "7, 8, or 9", "10 or more"]),
    },
    {
      id: "q3",
      number: 3,
      text: "How often do you have six or more drinks on one occasion?",
      options: scoredInOrder(["Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily"]),
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
