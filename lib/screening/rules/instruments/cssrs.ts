import type { CssrsInstrument } from "./types";

/**
 * Columbia-Suicide Severity Rating Scale, screener (recent). Questions 1–5 ask about the past
 * month; question 6 about behaviour ever, with a follow-up for the past 3 months. Branching: if
 * question 2 is no, questions 3–5 are skipped and the interviewer goes directly to question 6.
 */
export const CSSRS: CssrsInstrument = {
  kind: "cssrs",
  id: "cssrs",
  version: "1",
  title: "Columbia-Suicide Severity Rating Scale (C-SSRS) — Screener",
  shortTitle: "C-SSRS",
  administeredBy: "coordinator",
  lookBack: "Past month (question 6: ever, and the past 3 months)",
  instructions:
    "Ask questions 1 and 2. If YES to 2, ask questions 3, 4, 5 and 6. If NO to 2, go directly to question 6.",
  attribution:
    "Posner K, Brent D, Lucas C, et al. Columbia-Suicide Severity Rating Scale (C-SSRS). The Research Foundation for Mental Hygiene, Inc.; The Columbia Lighthouse Project.",
  licence: "Free for clinical use (docs/clinical.md).",
  loinc: null,
  questions: [
    {
      id: "q1",
      number: "1",
      text: "Have you wished you were dead or wished you could go to sleep and not wake up?",
      lookBack: "Past month",
    },
    {
      id: "q2",
      number: "2",
      text: "Have you actually had any thoughts of killing yourself?",
      lookBack: "Past month",
    },
    {
      id: "q3",
      number: "3",
      text: "Have you been thinking about how you might do this?",
      guidance:
        'E.g. "I thought about taking an overdose but I never made a specific plan as to when, where or how I would actually do it… and I would never go through with it."',
      lookBack: "Past month",
      askedWhen: "q2",
    },
    {
      id: "q4",
      number: "4",
      text: "Have you had these thoughts and had some intention of acting on them?",
      guidance: 'As opposed to "I have the thoughts but I definitely will not do anything about them."',
      lookBack: "Past month",
      askedWhen: "q2",
    },
    {
      id: "q5",
      number: "5",
      text: "Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?",
      lookBack: "Past month",
      askedWhen: "q2",
    },
    {
      id: "q6",
      number: "6",
      text: "Have you ever done anything, started to do anything, or prepared to do anything to end your life?",
      guidance:
        "Examples: Collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn't swallow any, held a gun but changed your mind or it was grabbed from your hand, went to the roof but didn't jump; or actually took pills, tried to shoot yourself, cut yourself, tried to hang yourself, etc.",
      lookBack: "Lifetime",
    },
    {
      id: "q6Recent",
      number: "6",
      text: "If YES, ask: Was this within the past 3 months?",
      lookBack: "Past 3 months",
      askedWhen: "q6",
    },
  ],
  // docs/clinical.md bands and rules.
  bands: [
    { id: "none", label: "No risk identified", rule: "No to every question" },
    { id: "low", label: "Low risk", rule: "Yes to question 1 or 2 only" },
    { id: "moderate", label: "Moderate risk", rule: "Yes to question 3, or to question 6 more than 3 months ago" },
    { id: "high", label: "High risk", rule: "Yes to question 4 or 5, or to question 6 within the past 3 months" },
  ],
};
