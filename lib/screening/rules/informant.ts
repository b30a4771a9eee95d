/**
 * When an informant answers (a mother about her son), the questions read in the third person
 * (ADR 0014). The center's own questions are turned by rule from their "the caller" wording; the
 * PHQ-9, GAD-7 and C-SSRS items that speak to "you" have written third-person versions, shown as
 * what to read while the published wording stays beside them. Instrument definitions are never
 * changed. Pure.
 */
import type { ScreeningAnswersDraft } from "./answers-schema";
import { INFORMANT_RELATIONS, labelOf, type PRONOUNS } from "./questions";

export type Pronoun = (typeof PRONOUNS)[number]["value"];

/** The pronoun the questions use, or null when the person answers for themselves. */
export function informantPronoun(answers: Pick<ScreeningAnswersDraft, "respondent">): Pronoun | null {
  const r = answers.respondent;
  return r?.who === "informant" ? (r.pronoun ?? "neutral") : null;
}

export const isInformantReport = (answers: Pick<ScreeningAnswersDraft, "respondent">) =>
  answers.respondent?.who === "informant";

/** Self-report instruments that an informant's answers make informant-reported. */
export const SELF_REPORT_INSTRUMENTS = ["phq9", "gad7", "cssrs"] as const;

interface Forms {
  /** First mention, as a subject: "he", "she", "the person". */
  person: string;
  they: string;
  them: string;
  their: string;
  themselves: string;
  /** Verb forms after `they`. */
  are: string;
  have: string;
  were: string;
}

const FORMS: Record<Pronoun, Forms> = {
  he: {
    person: "he",
    they: "he",
    them: "him",
    their: "his",
    themselves: "himself",
    are: "is",
    have: "has",
    were: "was",
  },
  she: {
    person: "she",
    they: "she",
    them: "her",
    their: "her",
    themselves: "herself",
    are: "is",
    have: "has",
    were: "was",
  },
  neutral: {
    person: "the person",
    they: "they",
    them: "them",
    their: "their",
    themselves: "themselves",
    are: "are",
    have: "have",
    were: "were",
  },
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills {person}, {they}, {them}, {their}, {themselves}, {are}, {have}, {were}. */
export function fill(template: string, pronoun: Pronoun): string {
  const forms = FORMS[pronoun];
  const filled = template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(forms, key) ? forms[key as keyof Forms] : match,
  );
  return capitalize(filled);
}

/**
 * One of the center's own questions ("Does the caller have…") in the third person: "Does he
 * have…", "Is the person's home…", "help her stay accountable", "a job he needs".
 */
export function thirdPerson(text: string, pronoun: Pronoun): string {
  const f = FORMS[pronoun];
  const possessive = pronoun === "neutral" ? "the person's" : f.their;
  return text
    .replace(/the caller's/g, possessive)
    .replace(/help the caller/g, `help ${pronoun === "neutral" ? "the person" : f.them}`)
    .replace(/the caller/g, f.person)
    .replace(/\bthey need\b/g, pronoun === "neutral" ? "they need" : `${f.they} needs`)
    .replace(/\bwill they\b/g, `will ${f.they}`)
    .replace(/\btheir\b/g, f.their);
}

/**
 * Third-person readings of the instrument items that speak to "you", by instrument and item id
 * ("instructions" and "difficulty" for the stems). Items without "you" (most PHQ-9 and GAD-7 items)
 * read the same for an informant.
 */
const INSTRUMENT_TEMPLATES: Record<string, Record<string, string>> = {
  phq9: {
    instructions: "Over the last 2 weeks, how often has {person} been bothered by any of the following problems?",
    item6:
      "Feeling bad about {themselves} — or that {they} {are} a failure or {have} let {themselves} or {their} family down",
    item8:
      "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that {they} {have} been moving around a lot more than usual",
    item9: "Thoughts that {they} would be better off dead or of hurting {themselves} in some way",
    difficulty:
      "If any problems were checked, how difficult have these problems made it for {them} to do {their} work, take care of things at home, or get along with other people?",
  },
  gad7: {
    instructions: "Over the last 2 weeks, how often has {person} been bothered by the following problems?",
    difficulty:
      "If any problems were checked, how difficult have these made it for {them} to do {their} work, take care of things at home, or get along with other people?",
  },
  cssrs: {
    q1: "Has {person} wished {they} were dead or wished {they} could go to sleep and not wake up?",
    q2: "Has {person} actually had any thoughts of killing {themselves}?",
    q3: "Has {person} been thinking about how {they} might do this?",
    q4: "Has {person} had these thoughts and had some intention of acting on them?",
    q5: "Has {person} started to work out or worked out the details of how to kill {themselves}? Does {person} intend to carry out this plan?",
    q6: "Has {person} ever done anything, started to do anything, or prepared to do anything to end {their} life?",
    q6Recent: "If YES, ask: Was this within the past 3 months?",
  },
};

/** The third-person reading of an instrument's item or stem, or null when it reads the same. */
export function informantItemText(instrument: string, itemId: string, pronoun: Pronoun): string | null {
  const template = INSTRUMENT_TEMPLATES[instrument]?.[itemId];
  return template ? fill(template, pronoun) : null;
}

/** One line for the screen and the print: who answered. */
export function respondentSummary(respondent: ScreeningAnswersDraft["respondent"]): string {
  if (respondent?.who !== "informant") return "The person who needs care is answering.";
  const relation = respondent.relation
    ? labelOf(INFORMANT_RELATIONS, respondent.relation).toLowerCase()
    : "relation not given yet";
  return `An informant is answering (${relation}): the questions read in the third person, and the PHQ-9, GAD-7 and C-SSRS are marked informant-reported.`;
}
