/**
 * Findings that keep every answer signalling risk on the screen (docs/clinical.md "Level-of-care
 * recommendation", ADR 0006): physical dependence with recent use, clinician-rated
 * withdrawal scores below the level-changing threshold, the COWS rule for daily opioid users,
 * medical and suicide-risk answers that change no level, and informant-reported instruments.
 * Each finding names the answers behind it. Pure.
 */
import { resolvedConflicts, substanceWord } from "./conflicts";
import { joinWords, type FactorInput } from "./factors-clinical";
import { CIWA, COWS, PHQ9_SAFETY_ITEM_INDEX } from "./instruments";
import type { RecommendedLevel } from "./loc-config";
import { INFORMANT_RELATIONS, labelOf, LAST_USE } from "./questions";
import type { Reason } from "./reasons";
import type { Substance } from "./answers-schema";

const WM = "WITHDRAWAL_MANAGEMENT" as const;
const reason = (code: Reason["code"], level: RecommendedLevel | null, text: string, answers: string[]): Reason => ({
  code,
  level,
  text,
  answers,
});
const SEDATIVES: readonly Substance[] = ["alcohol", "benzodiazepines", "other-sedatives"];
const entryPath = (index: number, field: string) => `substanceUse.substances.${index}.${field}`;

/**
 * Physical dependence — "has had withdrawal symptoms when cutting down or stopping" — with use today
 * or yesterday of alcohol, a sedative or an opioid: withdrawal is starting or about to, whatever
 * the "withdrawal symptoms now" answer says. Any other withdrawal history is listed as a note.
 */
export function dependenceFindings({ answers, config }: FactorInput): Reason[] {
  const w = config.withdrawal;
  const out: Reason[] = [];
  answers.substanceUse.substances.forEach((entry, index) => {
    if (!entry.withdrawalHistory) return;
    const name = substanceWord(entry.substance);
    const when = labelOf(LAST_USE, entry.lastUse).toLowerCase();
    const paths = [entryPath(index, "substance"), entryPath(index, "withdrawalHistory"), entryPath(index, "lastUse")];
    const counted = w.dependenceCountsFor.includes(entry.substance);
    if (counted && w.dependenceRecentUse.includes(entry.lastUse)) {
      const why = SEDATIVES.includes(entry.substance)
        ? `${name} withdrawal can bring seizures or delirium tremens: 24/7 medical supervision.`
        : "withdrawal starts within hours of the last use: medically managed withdrawal.";
      out.push(
        reason(
          "physical-dependence-recent-use",
          WM,
          `Physical dependence on ${name} (withdrawal symptoms when cutting down or stopping), last used ${when} — ${why}`,
          paths,
        ),
      );
      return;
    }
    const note = counted
      ? `last used ${when}, so not counted toward withdrawal management; ask about withdrawal symptoms now, and if use resumes the risk returns.`
      : `${name} withdrawal is not one that needs medical supervision here; listed for the clinician.`;
    out.push(
      reason(
        "physical-dependence-not-counted",
        null,
        `Withdrawal symptoms when cutting down or stopping ${name} noted: ${note}`,
        paths,
      ),
    );
  });
  return out;
}

const bandLabel = (def: typeof CIWA | typeof COWS, total: number) =>
  def.bands.find((b) => total >= b.min && total <= b.max)?.label.toLowerCase() ?? "";

/**
 * A clinician-rated CIWA-Ar or COWS below the threshold that changes the level is a noted fact,
 * never dropped; COWS signs in a daily opioid user used within the past week are withdrawal in
 * progress (ADR 0006).
 */
export function clinicianScaleFindings({ answers, scores, config }: FactorInput): Reason[] {
  const w = config.withdrawal;
  const out: Reason[] = [];
  const ciwa = scores.ciwa;
  if (ciwa && (w.ciwaAtLeast === null || ciwa.total < w.ciwaAtLeast)) {
    const signs = ciwa.total === 0 ? "no alcohol withdrawal signs" : "mild alcohol withdrawal signs at most";
    const below = w.ciwaAtLeast === null ? "" : ` (below ${w.ciwaAtLeast}: not counted on its own)`;
    out.push(reason("ciwa-below-threshold", null, `CIWA-Ar ${ciwa.total}: ${signs}${below}.`, ["ciwa.items"]));
  }
  const cows = scores.cows;
  if (cows && (w.cowsAtLeast === null || cows.total < w.cowsAtLeast)) {
    const daily = answers.substanceUse.substances
      .map((entry, index) => ({ entry, index }))
      .find(
        ({ entry }) =>
          entry.substance === "opioids" && entry.frequency === "daily" && w.recentUse.includes(entry.lastUse),
      );
    const from = w.cowsInProgressWithDailyOpioidUseAtLeast;
    if (daily && from !== null && cows.total >= from) {
      const when = labelOf(LAST_USE, daily.entry.lastUse).toLowerCase();
      out.push(
        reason(
          "cows-withdrawal-in-progress",
          WM,
          `COWS ${cows.total}: ${bandLabel(COWS, cows.total)} opioid withdrawal signs in a daily opioid user (last used ${when}) — withdrawal in progress, and it deepens without treatment: medically managed withdrawal.`,
          [
            "cows.items",
            entryPath(daily.index, "substance"),
            entryPath(daily.index, "frequency"),
            entryPath(daily.index, "lastUse"),
          ],
        ),
      );
    } else {
      const signs =
        cows.total === 0
          ? "no opioid withdrawal signs"
          : cows.band === "none"
            ? "no active opioid withdrawal by its bands"
            : `${bandLabel(COWS, cows.total)} opioid withdrawal signs present`;
      const below = w.cowsAtLeast === null ? "" : ` (below ${w.cowsAtLeast}: not counted on its own)`;
      out.push(reason("cows-below-threshold", null, `COWS ${cows.total}: ${signs}${below}.`, ["cows.items"]));
    }
  }
  return out;
}

/** Conflicting withdrawal answers resolved toward the more dangerous one (conflicts.ts). */
export function conflictFindings({ answers, config }: FactorInput): Reason[] {
  return resolvedConflicts(answers, config.withdrawal.dependenceRecentUse);
}

/**
 * Medical answers that did not count toward withdrawal management (no recent use), suicide-risk
 * answers that set no level, and informant-reported instruments: listed as notes.
 */
export function noteFindings(input: FactorInput, counted: readonly Reason[]): Reason[] {
  const { answers, scores } = input;
  const out: Reason[] = [];
  const named = new Set(counted.flatMap((r) => r.answers));
  const medical = (
    [
      ["withdrawalSeizureHistory", "a history of withdrawal seizures"],
      ["deliriumTremensHistory", "a history of delirium tremens"],
      ["pregnant", "pregnancy"],
      ["unstableMedicalCondition", "a medical condition that is not stable"],
    ] as const
  ).filter(([key]) => answers.medical[key] && !named.has(`medical.${key}`));
  if (medical.length > 0) {
    const words = joinWords(medical.map(([, w]) => w));
    out.push(
      reason(
        "medical-history-noted",
        null,
        `${words.charAt(0).toUpperCase()}${words.slice(1)} noted: without the recent use that makes it count, it does not raise the level of care; for the clinician.`,
        medical.map(([key]) => `medical.${key}`),
      ),
    );
  }

  const item9 = answers.phq9.items[PHQ9_SAFETY_ITEM_INDEX] ?? 0;
  const band = scores.cssrs.band;
  const c = answers.cssrs;
  if (item9 > 0 || band === "low") {
    const paths = [
      ...(item9 > 0 ? [`phq9.items.${PHQ9_SAFETY_ITEM_INDEX}`] : []),
      ...(c.q1 ? ["cssrs.q1"] : []),
      ...(c.q2 ? ["cssrs.q2"] : []),
    ];
    const text =
      item9 > 0 && (band === "none" || band === "low")
        ? `PHQ-9 item 9 positive (thoughts of being better off dead or of self-harm) while the C-SSRS screener is ${band === "none" ? "negative" : "low risk"}: the C-SSRS is to be re-asked and the safety flag stays open for a clinician; the level of care does not change for it.`
        : item9 > 0
          ? "PHQ-9 item 9 positive (thoughts of being better off dead or of self-harm): see the C-SSRS result above; the safety flag stays open for a clinician."
          : "C-SSRS low risk (wish to be dead or thoughts of suicide in the past month): the safety flag stays open for a clinician; the level of care does not change for it.";
    out.push(reason("suicide-risk-noted", null, text, paths));
  }

  const r = answers.respondent;
  if (r?.who === "informant") {
    const relation = r.relation ? labelOf(INFORMANT_RELATIONS, r.relation).toLowerCase() : "informant";
    out.push(
      reason(
        "informant-reported",
        null,
        `Answered by an informant (${relation}), not the person: the PHQ-9, GAD-7 and C-SSRS screener are validated for self-report only, so their results here are informant-reported.`,
        ["respondent.who", ...(r.relation ? ["respondent.relation"] : [])],
      ),
    );
  }
  return out;
}
