import { describe, expect, it } from "vitest";
import { phq9Items, screeningAnswers } from "@/tests/factories/screening-answers";
import type { SubstanceEntry } from "./answers-schema";
import { DEFAULT_LOC_CONFIG } from "./loc-config";
import { recommendLevel } from "./recommend";

const entry = (
  substance: SubstanceEntry["substance"],
  frequency: SubstanceEntry["frequency"],
  lastUse: SubstanceEntry["lastUse"],
  withdrawalHistory = true,
): SubstanceEntry => ({ substance, route: "oral", frequency, lastUse, withdrawalHistory });
const uses = (...substances: SubstanceEntry[]) => ({ substanceUse: { usesSubstances: true, substances } });
const reason = (answers: ReturnType<typeof screeningAnswers>, code: string) =>
  recommendLevel(answers).reasons.find((r) => r.code === code);

describe("physical dependence with recent use", () => {
  it.each(["alcohol", "benzodiazepines", "other-sedatives", "opioids"] as const)(
    "%s, used today or yesterday: withdrawal management, naming the answers",
    (substance) => {
      for (const lastUse of ["today", "yesterday"] as const) {
        const answers = screeningAnswers({
          ...uses(entry(substance, "weekly", lastUse)),
          medical: { opioidWithdrawal: true },
        });
        expect(recommendLevel(answers).level).toBe("WITHDRAWAL_MANAGEMENT");
        expect(reason(answers, "physical-dependence-recent-use")?.answers).toEqual([
          "substanceUse.substances.0.substance",
          "substanceUse.substances.0.withdrawalHistory",
          "substanceUse.substances.0.lastUse",
        ]);
      }
    },
  );

  it("says why: seizures and DTs for alcohol and sedatives", () => {
    const answers = screeningAnswers(uses(entry("alcohol", "daily", "today")));
    expect(reason(answers, "physical-dependence-recent-use")?.text).toBe(
      "Physical dependence on alcohol (withdrawal symptoms when cutting down or stopping), last used today — alcohol withdrawal can bring seizures or delirium tremens: 24/7 medical supervision.",
    );
  });

  it("whatever the 'withdrawal symptoms now' answer says", () => {
    const no = screeningAnswers({ ...uses(entry("benzodiazepines", "daily", "yesterday")) });
    expect(no.medical.currentWithdrawalSymptoms).toBe(false);
    expect(recommendLevel(no).level).toBe("WITHDRAWAL_MANAGEMENT");
  });

  it("older use or another substance: a note that names the answer, never dropped", () => {
    for (const answers of [
      screeningAnswers(uses(entry("alcohol", "daily", "2-7-days"))),
      screeningAnswers(uses(entry("opioids", "daily", "8-30-days"))),
      screeningAnswers(uses(entry("cannabis", "daily", "today"))),
    ]) {
      const note = reason(answers, "physical-dependence-not-counted");
      expect(note?.level).toBeNull();
      expect(note?.answers).toContain("substanceUse.substances.0.withdrawalHistory");
    }
  });

  it("the window is configuration", () => {
    const config = {
      ...DEFAULT_LOC_CONFIG,
      withdrawal: { ...DEFAULT_LOC_CONFIG.withdrawal, dependenceRecentUse: ["today" as const] },
    };
    const answers = screeningAnswers(uses(entry("alcohol", "weekly", "yesterday")));
    expect(recommendLevel(answers, config).level).toBe("IOP");
  });
});

describe("clinician-rated scales below the threshold", () => {
  const cows8 = { items: [2, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0] };

  it("COWS 8 is a noted fact", () => {
    const answers = screeningAnswers({ ...uses(entry("opioids", "weekly", "today", false)), cows: cows8 });
    expect(reason(answers, "cows-below-threshold")).toEqual({
      code: "cows-below-threshold",
      level: null,
      text: "COWS 8: mild opioid withdrawal signs present (below 13: not counted on its own).",
      answers: ["cows.items"],
    });
  });

  it("CIWA-Ar below 10 is a noted fact", () => {
    const answers = screeningAnswers({
      ...uses(entry("alcohol", "weekly", "today", false)),
      ciwa: { items: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0] },
    });
    expect(reason(answers, "ciwa-below-threshold")?.text).toBe(
      "CIWA-Ar 6: mild alcohol withdrawal signs at most (below 10: not counted on its own).",
    );
  });

  it("mild COWS signs in a daily opioid user used within the week: withdrawal in progress", () => {
    for (const lastUse of ["today", "yesterday", "2-7-days"] as const) {
      const answers = screeningAnswers({ ...uses(entry("opioids", "daily", lastUse, false)), cows: cows8 });
      expect(recommendLevel(answers).level).toBe("WITHDRAWAL_MANAGEMENT");
      expect(reason(answers, "cows-withdrawal-in-progress")?.text).toMatch(
        /^COWS 8: mild opioid withdrawal signs in a daily opioid user/,
      );
      expect(reason(answers, "cows-below-threshold")).toBeUndefined();
    }
  });

  it("not for a daily user whose last use was over a week ago, nor below the mild band", () => {
    const old = screeningAnswers({ ...uses(entry("opioids", "daily", "8-30-days", false)), cows: cows8 });
    expect(reason(old, "cows-withdrawal-in-progress")).toBeUndefined();
    const none = screeningAnswers({
      ...uses(entry("opioids", "daily", "today", false)),
      cows: { items: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0] },
    });
    expect(reason(none, "cows-withdrawal-in-progress")).toBeUndefined();
    expect(reason(none, "cows-below-threshold")?.text).toContain("COWS 4: no active opioid withdrawal");
  });
});

describe("notes for risk answers that set no level", () => {
  it("PHQ-9 item 9 positive with a negative C-SSRS asks for the C-SSRS to be re-asked", () => {
    const answers = screeningAnswers({ phq9: { items: phq9Items(2, 1) } });
    const note = reason(answers, "suicide-risk-noted");
    expect(note?.answers).toEqual(["phq9.items.8"]);
    expect(note?.text).toContain("the C-SSRS is to be re-asked");
  });

  it("an informant's answers mark the self-report instruments", () => {
    const answers = screeningAnswers({ respondent: { who: "informant", relation: "parent", pronoun: "he" } });
    expect(reason(answers, "informant-reported")?.text).toBe(
      "Answered by an informant (parent), not the person: the PHQ-9, GAD-7 and C-SSRS screener are validated for self-report only, so their results here are informant-reported.",
    );
    expect(reason(screeningAnswers({ respondent: { who: "self" } }), "informant-reported")).toBeUndefined();
  });
});
