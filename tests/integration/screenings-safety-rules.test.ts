import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { readRecommendation } from "@/lib/screening/rules/stored";
import { submitScreening } from "@/lib/screening/submit-screening";
import { currentVersion, draftFor, fillSections, staff, submitted } from "@/tests/factories/screening";
import { screeningAnswers } from "@/tests/factories/screening-answers";

const cows8 = { items: [2, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0] };

describe("withdrawal answers at submission (ADR 0006)", () => {
  it("refuses 'no' to opioids with a clinician-rated COWS: 400 naming both answers, nothing written", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await fillSections(coordinator, screeningId, screeningAnswers({ cows: cows8 }));
    const version = await currentVersion(screeningId);
    const auditBefore = await db.auditEvent.count({ where: { entityId: screeningId } });
    const error = await submitScreening(coordinator, { screeningId, expectedVersion: version }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.status).toBe(400);
    expect(v.message).toContain("These answers contradict each other: COWS 8");
    expect(Object.keys(v.fieldErrors).sort()).toEqual(["cows.items", "substanceUse.usesSubstances"]);
    expect(v.fieldErrors["substanceUse.usesSubstances"]?.[0]).toContain("no opioid use in the past 30 days");
    const after = await db.screening.findUniqueOrThrow({
      where: { id: screeningId },
      select: { status: true, version: true, recommendedLevel: true, submittedAt: true },
    });
    expect(after).toEqual({ status: "DRAFT", version, recommendedLevel: null, submittedAt: null });
    expect(await db.auditEvent.count({ where: { entityId: screeningId } })).toBe(auditBefore);
  });

  it("stores physical dependence with use today as withdrawal management, with the conflict resolved toward danger", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const answers = screeningAnswers({
      substanceUse: {
        usesSubstances: true,
        substances: [
          { substance: "opioids", route: "smoked", frequency: "daily", lastUse: "today", withdrawalHistory: true },
        ],
      },
      cows: cows8,
    });
    const { screeningId } = await submitted(coordinator, answers);
    const row = await db.screening.findUniqueOrThrow({
      where: { id: screeningId },
      select: { recommendedLevel: true, recommendationReasons: true },
    });
    expect(row.recommendedLevel).toBe("WITHDRAWAL_MANAGEMENT");
    const codes = readRecommendation(row.recommendationReasons)?.reasons.map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "physical-dependence-recent-use",
        "cows-withdrawal-in-progress",
        "conflict-resolved-toward-risk",
      ]),
    );
  });
});
