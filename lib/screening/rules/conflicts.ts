/**
 * Answers that contradict each other on a withdrawal question (docs/clinical.md "Level-of-care
 * recommendation", ADR 0006). Each kind is either
 * - **refused** at submission, with a message on both answers that names both, when no reading of
 *   it can be counted safely (a clinician-rated withdrawal score for a substance the answers say
 *   was not used: the rules need that substance's pattern to judge it); or
 * - **resolved toward the more dangerous answer**, with a reason that says so, when counting the
 *   risk answer is possible and safe (the recommendation counts it; the reason names both).
 * Never resolved silently toward the safer answer. Pure.
 */
import type { ScreeningIssue } from "./errors";
import { CIWA, COWS } from "./instruments";
import { labelOf, LAST_USE, SECTION_QUESTIONS, SUBSTANCES } from "./questions";
import type { Reason } from "./reasons";
import type { ScreeningAnswers, Substance, SubstanceEntry } from "./answers-schema";

/** Use within this window makes a clinician's withdrawal signs plausible (a substance's withdrawal has ended by then). */
const WITHIN_30_DAYS: readonly SubstanceEntry["lastUse"][] = ["today", "yesterday", "2-7-days", "8-30-days"];
const SEDATIVES: readonly Substance[] = ["alcohol", "benzodiazepines", "other-sedatives"];
/** Where each scale's bands start to read withdrawal (docs/clinical.md): CIWA-Ar "moderate", COWS "mild". */
const CIWA_SHOWS_WITHDRAWAL = CIWA.bands.find((b) => b.id === "moderate")?.min ?? 10;
const COWS_SHOWS_WITHDRAWAL = COWS.bands.find((b) => b.id === "mild")?.min ?? 5;

const sum = (items: readonly number[]) => items.reduce((a, b) => a + b, 0);
const question = (path: string) => SECTION_QUESTIONS[path]?.text ?? path;

function usedWithin30Days(answers: ScreeningAnswers, among: readonly Substance[]) {
  return answers.substanceUse.substances.some((e) => among.includes(e.substance) && WITHIN_30_DAYS.includes(e.lastUse));
}

/** Where "no" to the substance was given: the yes/no question, or the list of substances. */
function noUsePath(answers: ScreeningAnswers): string {
  return answers.substanceUse.usesSubstances ? "substanceUse.substances" : "substanceUse.usesSubstances";
}

/** Every refused contradiction's message starts so: the submission names them first. */
export const CONTRADICTION_PREFIX = "These answers contradict each other:";

function refusal(paths: [string, string], message: string): ScreeningIssue[] {
  return paths.map((path) => ({ code: "contradiction", path, answerPath: path, message }));
}

/**
 * Contradictions refused at submission: a clinician-rated CIWA-Ar (alcohol or sedative withdrawal)
 * or COWS (opioid withdrawal) that shows withdrawal by its own bands — CIWA-Ar 10 or more (below it
 * the scale reads minimal: anxiety or a headache score too), COWS 5 or more (below it "no active
 * withdrawal") — while the substance-use answers give no use of that substance in the past 30
 * days. Both answers carry the message.
 */
export function refusedConflicts(answers: ScreeningAnswers): ScreeningIssue[] {
  const out: ScreeningIssue[] = [];
  const noUse = noUsePath(answers);
  const ciwa = answers.ciwa ? sum(answers.ciwa.items) : 0;
  if (ciwa >= CIWA_SHOWS_WITHDRAWAL && !usedWithin30Days(answers, SEDATIVES)) {
    out.push(
      ...refusal(
        ["ciwa.items", noUse],
        `${CONTRADICTION_PREFIX} ${CIWA.shortTitle} ${ciwa} (clinician-rated alcohol withdrawal signs), but the substance-use answers give no alcohol or sedative use in the past 30 days. List the alcohol or sedative with its last use, or correct the ${CIWA.shortTitle}.`,
      ),
    );
  }
  const cows = answers.cows ? sum(answers.cows.items) : 0;
  if (cows >= COWS_SHOWS_WITHDRAWAL && !usedWithin30Days(answers, ["opioids"])) {
    out.push(
      ...refusal(
        ["cows.items", noUse],
        `${CONTRADICTION_PREFIX} ${COWS.shortTitle} ${cows} (clinician-rated opioid withdrawal signs), but the substance-use answers give no opioid use in the past 30 days. List opioids with their last use (prescribed ones too), or correct the ${COWS.shortTitle}.`,
      ),
    );
  }
  return out;
}

const resolved = (text: string, answers: string[]): Reason => ({
  code: "conflict-resolved-toward-risk",
  level: "WITHDRAWAL_MANAGEMENT",
  text: `Conflicting answers, resolved toward the more dangerous one: ${text}`,
  answers,
});

/**
 * Contradictions the recommendation resolves toward the more dangerous answer, each as a counted
 * reason that names both answers. `dependenceWindow` is the last use that makes physical
 * dependence count (the configuration's).
 */
export function resolvedConflicts(
  answers: ScreeningAnswers,
  dependenceWindow: readonly SubstanceEntry["lastUse"][],
): Reason[] {
  const m = answers.medical;
  const substances = answers.substanceUse.substances;
  const out: Reason[] = [];

  // Physically dependent on opioids with use today or yesterday, but "no" to opioid withdrawal.
  substances.forEach((e, i) => {
    if (
      e.substance !== "opioids" ||
      !e.withdrawalHistory ||
      !dependenceWindow.includes(e.lastUse) ||
      m.opioidWithdrawal
    )
      return;
    out.push(
      resolved(
        `"No" to "${question("medical.opioidWithdrawal")}", but withdrawal symptoms when cutting down or stopping opioids and last use ${labelOf(LAST_USE, e.lastUse).toLowerCase()}: counted as opioid withdrawal.`,
        [
          "medical.opioidWithdrawal",
          `substanceUse.substances.${i}.withdrawalHistory`,
          `substanceUse.substances.${i}.lastUse`,
        ],
      ),
    );
  });

  // "Yes" to opioid withdrawal, but no opioid use in the past 30 days.
  if (m.opioidWithdrawal && !usedWithin30Days(answers, ["opioids"])) {
    out.push(
      resolved(
        `"Yes" to opioid withdrawal, but no opioid use in the past 30 days among the substances: the withdrawal is counted; ask which opioid and when.`,
        ["medical.opioidWithdrawal", noUsePath(answers)],
      ),
    );
  }

  // "Yes" to daily heavy alcohol or benzodiazepine use, but neither used in the past week.
  const sedativeThisWeek = substances.some(
    (e) => SEDATIVES.includes(e.substance) && ["today", "yesterday", "2-7-days"].includes(e.lastUse),
  );
  if (m.dailyHeavyAlcoholOrBenzodiazepineUse && !sedativeThisWeek) {
    out.push(
      resolved(
        `"Yes" to daily heavy alcohol or benzodiazepine use, but no alcohol or sedative used in the past week among the substances: the daily heavy use is counted.`,
        ["medical.dailyHeavyAlcoholOrBenzodiazepineUse", noUsePath(answers)],
      ),
    );
  }

  // "Yes" to withdrawal symptoms now, but "no" to any alcohol or drug use (prescribed medicines
  // taken as prescribed are not listed, and can cause dangerous withdrawal).
  if (m.currentWithdrawalSymptoms && !answers.substanceUse.usesSubstances) {
    out.push(
      resolved(
        `"Yes" to withdrawal symptoms now, but "no" to any alcohol or drug use: the symptoms are counted toward withdrawal management; ask which substance or medicine.`,
        ["medical.currentWithdrawalSymptoms", "substanceUse.usesSubstances"],
      ),
    );
  }
  return out;
}

/** For texts: "alcohol", "opioids"… */
export const substanceWord = (s: Substance) =>
  labelOf(SUBSTANCES, s)
    .replace(/ \(.*\)$/, "")
    .toLowerCase();
