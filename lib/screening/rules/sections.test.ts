import { describe, expect, it } from "vitest";
import { screeningAnswers } from "@/tests/factories/screening-answers";
import { nextSection, OWN_SECTIONS, progressSummary, REQUIRED_SECTIONS, sectionProgress } from "./sections";

describe("section flow and progress", () => {
  it("Save and continue walks the phone screening and skips the clinician scales", () => {
    expect(nextSection("substanceUse")).toBe("phq9");
    expect(nextSection("insurance")).toBe("serviceFit");
    expect(nextSection("serviceFit")).toBe("submit");
    expect(nextSection("ciwa")).toBe("cows");
    expect(nextSection("cows")).toBe("submit");
  });

  it("a complete screening has every required section complete; a partial section is started", () => {
    const answers = screeningAnswers();
    expect(progressSummary(answers)).toEqual({
      complete: REQUIRED_SECTIONS.length,
      required: REQUIRED_SECTIONS.length,
    });
    expect(
      sectionProgress({ ...answers, phq9: { items: [0, 0, null, null, null, null, null, null, null] } }, "phq9"),
    ).toBe("started");
    expect(sectionProgress(answers, "insurance")).toBe("not-started");
  });

  it("the center's own questions are every section but the published instruments, in form order", () => {
    expect(OWN_SECTIONS).toEqual([
      "substanceUse",
      "medical",
      "home",
      "treatmentHistory",
      "coOccurring",
      "obligations",
      "insurance",
      "serviceFit",
    ]);
  });
});
