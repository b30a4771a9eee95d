/**
 * Findings about the person's situation: services the center does not offer, relapses,
 * co-occurring disorders, the home environment and the treatment pathway (docs/clinical.md's
 * level-of-care factors). Each finding names the answers behind it.
 */
import { joinWords, type FactorInput } from "./factors-clinical";
import { LEVEL_LABELS, type RecommendedLevel } from "./loc-config";
import { labelOf, SERVICES_NOT_OFFERED, STEP_DOWN_FROM } from "./questions";
import type { Reason } from "./reasons";

const reason = (code: Reason["code"], level: RecommendedLevel | null, text: string, answers: string[]): Reason => ({
  code,
  level,
  text,
  answers,
});

/** ADR 0006: REFER_OUT when the main need is a service the center does not offer, or hospital care. */
export function referOutFindings({ answers }: FactorInput): Reason[] {
  const out: Reason[] = [];
  const service = answers.serviceFit.serviceNotOffered;
  if (service !== "none") {
    out.push(
      reason(
        "service-not-offered",
        "REFER_OUT",
        `Main need is a service the center does not offer: ${labelOf(SERVICES_NOT_OFFERED, service).toLowerCase()}.`,
        ["serviceFit.serviceNotOffered"],
      ),
    );
  }
  if (answers.medical.medicalCareBeyondCenter) {
    out.push(
      reason(
        "medical-care-beyond-center",
        "REFER_OUT",
        "Needs hospital medical care beyond what the center's withdrawal management can give.",
        ["medical.medicalCareBeyondCenter"],
      ),
    );
  }
  return out;
}

export function contextFindings({ answers, config }: FactorInput): Reason[] {
  const r = config.residential;
  const home = answers.home;
  const history = answers.treatmentHistory;
  const out: Reason[] = [];

  if (r.relapsesAfterTreatmentAtLeast !== null && history.relapsesAfterTreatment >= r.relapsesAfterTreatmentAtLeast) {
    out.push(
      reason(
        "repeated-relapses",
        "RESIDENTIAL",
        `${history.relapsesAfterTreatment} relapses after treatment (${r.relapsesAfterTreatmentAtLeast} or more counts as repeated), over ${history.priorTreatmentEpisodes} earlier treatment episode(s).`,
        ["treatmentHistory.relapsesAfterTreatment", "treatmentHistory.priorTreatmentEpisodes"],
      ),
    );
  }

  const co = answers.coOccurring;
  if (co.present && co.complexity === "complex" && r.complexCoOccurring) {
    out.push(
      reason(
        "complex-co-occurring",
        "RESIDENTIAL",
        "Complex co-occurring mental-health disorder: needs integrated 24-hour care.",
        ["coOccurring.present", "coOccurring.complexity"],
      ),
    );
  }
  if (co.present && co.complexity === "manageable" && config.iop.manageableCoOccurring) {
    out.push(
      reason(
        "manageable-co-occurring",
        "IOP",
        "Manageable co-occurring mental-health disorder: an integrated program rather than outpatient alone.",
        ["coOccurring.present", "coOccurring.complexity"],
      ),
    );
  }

  if (!home.safeHome && r.unsafeHome) {
    out.push(
      reason("unsafe-home", "RESIDENTIAL", "Home is not safe or not supportive of recovery.", ["home.safeHome"]),
    );
  }
  if (home.livesWithPeopleWhoUse && r.livesWithPeopleWhoUse) {
    out.push(
      reason(
        "lives-with-people-who-use",
        "RESIDENTIAL",
        "Lives with people who use alcohol or drugs: home is not free of triggers.",
        ["home.livesWithPeopleWhoUse"],
      ),
    );
  }
  if (home.unstableHousing && r.unstableHousing) {
    out.push(reason("unstable-housing", "RESIDENTIAL", "Housing is unstable.", ["home.unstableHousing"]));
  }
  if (!home.accountabilityAtHome && !home.supportSystem && r.noAccountabilityAndNoSupportSystem) {
    out.push(
      reason(
        "no-accountability-or-support",
        "RESIDENTIAL",
        "No one at home to help with accountability, and no support system.",
        ["home.accountabilityAtHome", "home.supportSystem"],
      ),
    );
  }
  if (!home.accountabilityAtHome && home.supportSystem && config.iop.noAccountabilityWithSupportSystem) {
    out.push(
      reason(
        "no-accountability-at-home",
        "IOP",
        "No one at home to help with accountability (a support system exists): a structured program rather than outpatient alone.",
        ["home.accountabilityAtHome", "home.supportSystem"],
      ),
    );
  }

  if (history.pathway === "stepping-down" && history.steppingDownFrom !== undefined) {
    const from = history.steppingDownFrom;
    const level = config.stepDown[from];
    const code = (
      {
        WITHDRAWAL_MANAGEMENT: "step-down-from-withdrawal-management",
        RESIDENTIAL: "step-down-from-residential",
        PHP: "step-down-from-php",
      } as const
    )[from];
    const fromText = labelOf(STEP_DOWN_FROM, from).toLowerCase();
    out.push(
      reason(
        code,
        level,
        `Stepping down from ${fromText}: continue at no less than ${LEVEL_LABELS[level]} — the weeks after a higher level of care carry the highest relapse risk.`,
        ["treatmentHistory.pathway", "treatmentHistory.steppingDownFrom"],
      ),
    );
  }
  return out;
}

export function cssrsModerateFindings({ answers, scores, config }: FactorInput): Reason[] {
  if (scores.cssrs.band !== "moderate" || !config.php.cssrsModerate) return [];
  const c = answers.cssrs;
  const paths = [
    ...(c.q2 && c.q3 ? ["cssrs.q3"] : []),
    ...(c.q6 && c.q6Recent === false ? ["cssrs.q6", "cssrs.q6Recent"] : []),
  ];
  const what =
    c.q2 && c.q3 ? "thinking about how (question 3)" : "suicidal behaviour more than 3 months ago (question 6)";
  return [
    reason(
      "cssrs-moderate",
      "PHP",
      `C-SSRS moderate risk — ${what}: daily clinical contact rather than a few sessions a week.`,
      paths,
    ),
  ];
}

export function obligationPaths({ answers }: FactorInput): string[] {
  const o = answers.obligations;
  return (["work", "school", "children"] as const).filter((k) => o[k]).map((k) => `obligations.${k}`);
}

export function obligationWords({ answers }: FactorInput): string {
  const o = answers.obligations;
  return joinWords([
    ...(o.work ? ["work"] : []),
    ...(o.school ? ["school"] : []),
    ...(o.children ? ["children at home"] : []),
  ]);
}
