import { describe, expect, it } from "vitest";
import { ScreeningAnswersDraftSchema, ScreeningAnswersSchema } from "./answers-schema";
import { CSSRS, PHQ9 } from "./instruments";
import { fill, informantItemText, informantPronoun, respondentSummary, thirdPerson } from "./informant";
import { SECTION_QUESTIONS } from "./questions";
import { screeningAnswers } from "@/tests/factories/screening-answers";

const q = (path: string) => SECTION_QUESTIONS[path]!.text;

describe("informant reports (ADR 0014)", () => {
  it("records who answered: an informant needs a relation and a pronoun; the person needs neither", () => {
    const informant = { who: "informant", relation: "parent", pronoun: "she" };
    expect(ScreeningAnswersSchema.safeParse(screeningAnswers({ respondent: informant as never })).success).toBe(true);
    expect(ScreeningAnswersSchema.safeParse(screeningAnswers({ respondent: { who: "self" } })).success).toBe(true);
    const missing = ScreeningAnswersSchema.safeParse(screeningAnswers({ respondent: { who: "informant" } }));
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["respondent.relation", "respondent.pronoun"]);
    // A draft may be waiting for the relation.
    expect(
      ScreeningAnswersDraftSchema.safeParse({ instrumentSetVersion: "2026.1", respondent: { who: "informant" } })
        .success,
    ).toBe(true);
    expect(informantPronoun({ respondent: { who: "self" } })).toBeNull();
    expect(informantPronoun({})).toBeNull();
    expect(informantPronoun({ respondent: { who: "informant" } })).toBe("neutral");
  });

  it("the center's own questions read in the third person", () => {
    expect(thirdPerson(q("medical.opioidWithdrawal"), "he")).toBe(
      "Is he in opioid withdrawal now, or will he be on stopping (physically dependent on opioids)?",
    );
    expect(thirdPerson(q("substanceUse.substances.*.withdrawalHistory"), "she")).toBe(
      "Has she had withdrawal symptoms when stopping or cutting down on it?",
    );
    expect(thirdPerson(q("home.safeHome"), "neutral")).toBe(
      "Is the person's home safe (no violence or threats) and supportive of recovery?",
    );
    expect(thirdPerson(q("home.accountabilityAtHome"), "he")).toBe(
      "Is there someone at home who can help him stay accountable?",
    );
    expect(thirdPerson(q("obligations.work"), "she")).toBe("Does she have a job she needs to keep working at?");
    expect(thirdPerson(q("home.supportSystem"), "neutral")).toBe(
      "Does the person have people who support their recovery (family, friends, sponsor)?",
    );
    for (const [path, question] of Object.entries(SECTION_QUESTIONS)) {
      if (path.startsWith("respondent.")) continue;
      expect(thirdPerson(question.text, "he"), path).not.toMatch(/\bthe caller\b/);
    }
  });

  it("instrument items that speak to 'you' have third-person readings; the published wording is unchanged", () => {
    expect(informantItemText("cssrs", "q1", "he")).toBe(
      "Has he wished he were dead or wished he could go to sleep and not wake up?",
    );
    expect(informantItemText("cssrs", "q2", "neutral")).toBe(
      "Has the person actually had any thoughts of killing themselves?",
    );
    expect(informantItemText("phq9", "item9", "she")).toBe(
      "Thoughts that she would be better off dead or of hurting herself in some way",
    );
    expect(informantItemText("phq9", "instructions", "neutral")).toBe(
      "Over the last 2 weeks, how often has the person been bothered by any of the following problems?",
    );
    expect(informantItemText("phq9", "item1", "he")).toBeNull();
    expect(fill("{they} {are}", "neutral")).toBe("They are");
    // Every C-SSRS question that says "you" has a reading.
    for (const question of CSSRS.questions.filter((x) => /\byou\b/i.test(x.text)))
      expect(informantItemText("cssrs", question.id, "he"), question.id).not.toBeNull();
    for (const item of PHQ9.items.filter((x) => /\byou/i.test(x.text)))
      expect(informantItemText("phq9", item.id, "he"), item.id).not.toBeNull();
    expect(PHQ9.items[8]?.text).toBe("Thoughts that you would be better off dead or of hurting yourself in some way");
  });

  it("says who answered", () => {
    expect(respondentSummary({ who: "informant", relation: "parent", pronoun: "he" })).toContain(
      "An informant is answering (parent)",
    );
    expect(respondentSummary(undefined)).toBe("The person who needs care is answering.");
  });
});
