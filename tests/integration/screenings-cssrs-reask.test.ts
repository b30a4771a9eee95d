import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { recordCssrsReask } from "@/lib/screening/record-cssrs-reask";
import { readReask } from "@/lib/screening/rules/cssrs-reask";
import { RecordCssrsReaskSchema } from "@/lib/screening/schemas";
import { currentVersion, draftFor, fillSections, staff } from "@/tests/factories/screening";
import { phq9Items, screeningAnswers } from "@/tests/factories/screening-answers";

const reaskInput = async (screeningId: string, answers: object) =>
  RecordCssrsReaskSchema.parse({
    screeningId,
    expectedVersion: String(await currentVersion(screeningId)),
    answers: JSON.stringify(answers),
  });

describe("re-asking the C-SSRS after a positive PHQ-9 item 9 (ADR 0015)", () => {
  it("records both results, who and when, keeps the more dangerous, raises its flag, and audits it", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await fillSections(coordinator, screeningId, screeningAnswers({ phq9: { items: phq9Items(4, 1) } }));
    const reask = { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false };
    const result = await recordCssrsReask(coordinator, await reaskInput(screeningId, reask));
    expect(result.kept).toBe("reask");
    const row = await db.screening.findUniqueOrThrow({
      where: { id: screeningId },
      select: { answers: true, safetyRisk: true, cssrsReask: true, cssrsReaskedAt: true, cssrsReaskedById: true },
    });
    expect(row.cssrsReaskedById).toBe(coordinator.id);
    expect(row.cssrsReaskedAt).toBeInstanceOf(Date);
    expect(readReask(row.cssrsReask)).toMatchObject({ firstBand: "none", reaskBand: "moderate", kept: "reask" });
    expect((row.answers as { cssrs: unknown }).cssrs).toEqual(reask);
    expect(row.safetyRisk).toBe("MODERATE");
    const flags = await db.safetyFlag.findMany({ where: { screeningId }, select: { source: true } });
    expect(flags.map((f) => f.source).sort()).toEqual(["cssrs-moderate", "phq9-item9"]);
    const audit = await db.auditEvent.findFirst({
      where: { entityId: screeningId, action: "screening.cssrs-reask" },
      select: { actorId: true, detail: true },
    });
    expect(audit).toMatchObject({ actorId: coordinator.id, detail: { kept: "reask" } });
  });

  it("a safer re-ask never replaces the first answers", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    const first = { q1: true, q2: false, q6: false };
    await fillSections(coordinator, screeningId, screeningAnswers({ phq9: { items: phq9Items(4, 1) }, cssrs: first }));
    await recordCssrsReask(coordinator, await reaskInput(screeningId, { q1: false, q2: false, q6: false }));
    const row = await db.screening.findUniqueOrThrow({ where: { id: screeningId }, select: { answers: true } });
    expect((row.answers as { cssrs: unknown }).cssrs).toEqual(first);
  });

  it("is refused when it is not due, and incomplete answers name the question", async () => {
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await fillSections(coordinator, screeningId, screeningAnswers());
    const negative = { q1: false, q2: false, q6: false };
    await expect(recordCssrsReask(coordinator, await reaskInput(screeningId, negative))).rejects.toBeInstanceOf(
      ConflictError,
    );
    const error = await recordCssrsReask(coordinator, await reaskInput(screeningId, { q1: true })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain("cssrs.q2");
  });
});
