import { describe, expect, it } from "vitest";
import { screeningAnswers } from "@/tests/factories/screening-answers";
import { ScreeningAnswersSchema, type SubstanceEntry } from "./answers-schema";
import { answerFieldErrors } from "./field-errors";
import { recommendLevel } from "./recommend";

const entry = (
  substance: SubstanceEntry["substance"],
  lastUse: SubstanceEntry["lastUse"] = "today",
  withdrawalHistory = false,
): SubstanceEntry => ({ substance, route: "oral", frequency: "daily", lastUse, withdrawalHistory });
const cows8 = { items: [2, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0] };
const ciwa12 = { items: [2, 2, 2, 2, 2, 2, 0, 0, 0, 0] };

function fieldErrors(answers: unknown) {
  const parsed = ScreeningAnswersSchema.safeParse(answers);
  return parsed.success ? {} : answerFieldErrors(parsed.error);
}

describe("contradictions refused at submission (both answers named)", () => {
  it("'no' to any substance but a COWS with withdrawal signs", () => {
    const errors = fieldErrors(screeningAnswers({ cows: cows8 }));
    expect(Object.keys(errors).sort()).toEqual(["cows.items", "substanceUse.usesSubstances"]);
    const message = errors["cows.items"]?.[0] ?? "";
    expect(message).toContain("COWS 8");
    expect(message).toContain("no opioid use in the past 30 days");
    expect(errors["substanceUse.usesSubstances"]).toEqual([message]);
  });

  it("alcohol listed, opioids not, and a COWS with signs: the substance list carries the message", () => {
    const errors = fieldErrors(
      screeningAnswers({ substanceUse: { usesSubstances: true, substances: [entry("alcohol")] }, cows: cows8 }),
    );
    expect(Object.keys(errors).sort()).toEqual(["cows.items", "substanceUse.substances"]);
  });

  it("opioids last used more than 30 days ago and a COWS with signs", () => {
    const errors = fieldErrors(
      screeningAnswers({
        substanceUse: { usesSubstances: true, substances: [entry("opioids", "over-30-days")] },
        cows: cows8,
      }),
    );
    expect(errors["cows.items"]?.[0]).toContain("COWS 8");
  });

  it("no alcohol or sedative but a CIWA-Ar of 10 or more", () => {
    const errors = fieldErrors(
      screeningAnswers({ substanceUse: { usesSubstances: true, substances: [entry("opioids")] }, ciwa: ciwa12 }),
    );
    expect(errors["ciwa.items"]?.[0]).toContain("CIWA-Ar 12");
    expect(errors["ciwa.items"]?.[0]).toContain("no alcohol or sedative use in the past 30 days");
  });

  it("scores that read no withdrawal by their own bands are not contradictions", () => {
    expect(fieldErrors(screeningAnswers({ cows: { items: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0] } }))).toEqual({});
    expect(fieldErrors(screeningAnswers({ ciwa: { items: [2, 2, 2, 2, 1, 0, 0, 0, 0, 0] } }))).toEqual({});
  });

  it("the same substance used recently: accepted", () => {
    const answers = screeningAnswers({
      substanceUse: { usesSubstances: true, substances: [entry("opioids", "yesterday"), entry("benzodiazepines")] },
      cows: cows8,
      ciwa: ciwa12,
    });
    expect(fieldErrors(answers)).toEqual({});
  });
});

describe("contradictions resolved toward the more dangerous answer (a reason says so)", () => {
  const conflict = (answers: ReturnType<typeof screeningAnswers>) =>
    recommendLevel(answers).reasons.find((r) => r.code === "conflict-resolved-toward-risk");

  it("withdrawal history with opioid use today, but 'no' to opioid withdrawal", () => {
    const answers = screeningAnswers({
      substanceUse: { usesSubstances: true, substances: [entry("opioids", "today", true)] },
    });
    const reason = conflict(answers);
    expect(reason?.level).toBe("WITHDRAWAL_MANAGEMENT");
    expect(reason?.text).toContain("resolved toward the more dangerous one");
    expect(reason?.text).toContain('"No" to "Is the caller in opioid withdrawal now');
    expect(reason?.answers).toEqual([
      "medical.opioidWithdrawal",
      "substanceUse.substances.0.withdrawalHistory",
      "substanceUse.substances.0.lastUse",
    ]);
    expect(recommendLevel(answers).level).toBe("WITHDRAWAL_MANAGEMENT");
  });

  it("withdrawal history with opioid use 2–7 days ago is no conflict with 'no' to opioid withdrawal", () => {
    const answers = screeningAnswers({
      substanceUse: { usesSubstances: true, substances: [entry("opioids", "2-7-days", true)] },
    });
    expect(conflict(answers)).toBeUndefined();
  });

  it("'yes' to withdrawal symptoms now, 'no' to any use: counted, not a note", () => {
    const answers = screeningAnswers({ medical: { currentWithdrawalSymptoms: true } });
    expect(recommendLevel(answers).level).toBe("WITHDRAWAL_MANAGEMENT");
    expect(conflict(answers)?.answers).toEqual(["medical.currentWithdrawalSymptoms", "substanceUse.usesSubstances"]);
    expect(recommendLevel(answers).reasons.map((r) => r.code)).not.toContain("withdrawal-symptoms-not-counted");
  });
});
