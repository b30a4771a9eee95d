import { describe, expect, it } from "vitest";
import { screeningAnswers } from "@/tests/factories/screening-answers";
import { sectionAnswerPaths } from "./answer-paths";
import { describeAnswer } from "./describe";

describe("sectionAnswerPaths", () => {
  it("lists a section's answered questions in form order, entry by entry for substances", () => {
    const answers = screeningAnswers({
      substanceUse: {
        usesSubstances: true,
        substances: [
          { substance: "alcohol", route: "oral", frequency: "daily", lastUse: "today", withdrawalHistory: true },
          {
            substance: "cannabis",
            route: "smoked",
            frequency: "weekly",
            lastUse: "2-7-days",
            withdrawalHistory: false,
          },
        ],
      },
    });
    const paths = sectionAnswerPaths(answers, "substanceUse");
    expect(paths[0]).toBe("substanceUse.usesSubstances");
    expect(paths.slice(1, 6)).toEqual(
      ["substance", "route", "frequency", "lastUse", "withdrawalHistory"].map((k) => `substanceUse.substances.0.${k}`),
    );
    expect(paths).toHaveLength(11);
    for (const path of paths) expect(describeAnswer(answers, path), path).not.toBeNull();
  });

  it("keeps an empty list as one answer and skips what was not answered", () => {
    const answers = screeningAnswers();
    expect(sectionAnswerPaths(answers, "substanceUse")).toEqual([
      "substanceUse.usesSubstances",
      "substanceUse.substances",
    ]);
    expect(sectionAnswerPaths(answers, "insurance")).toEqual([]);
    expect(sectionAnswerPaths(answers, "home")).toHaveLength(5);
  });
});
