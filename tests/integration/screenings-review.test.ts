import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { amendScreening } from "@/lib/screening/amend-screening";
import { AmendScreeningSchema } from "@/lib/screening/schemas";
import {
  listOpenSafetyFlags,
  listPatientScreenings,
  listReviewQueue,
  listScreeningVersions,
} from "@/lib/screening/queries";
import { recordSafetyAction } from "@/lib/screening/record-safety-action";
import { resolveSafetyFlag } from "@/lib/screening/resolve-safety-flag";
import { reviewScreening } from "@/lib/screening/review-screening";
import { saveSection } from "@/lib/screening/save-section";
import { startScreening } from "@/lib/screening/start-screening";
import { submitScreening } from "@/lib/screening/submit-screening";
import { currentVersion, draftFor, review, signed, staff, submitted } from "@/tests/factories/screening";
import { gad7Items, phq9Items, screeningAnswers } from "@/tests/factories/screening-answers";

// The review queue is read whole: each test file has its own database.
const IOP = screeningAnswers({ phq9: { items: phq9Items(12) } });

describe("clinical review", () => {
  it("accepting signs the recommendation, locks the screening and approves the person", async () => {
    const db = await getDb();
    const [coordinator, clinician] = [await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { screeningId, patientId } = await submitted(coordinator, IOP);
    await reviewScreening(
      clinician,
      review({
        screeningId,
        expectedVersion: String(await currentVersion(screeningId)),
        decision: "accept",
        asamRating_d1: "1",
        asamNote_d1: "No withdrawal signs.",
      }),
    );
    const row = await db.screening.findUniqueOrThrow({ where: { id: screeningId } });
    expect(row).toMatchObject({
      status: "REVIEWED",
      recommendedLevel: "IOP",
      finalLevel: "IOP",
      overrideReason: null,
      reviewedById: clinician.id,
      asamRatings: { d1: { rating: 1, note: "No withdrawal signs." } },
    });
    expect((await db.patient.findUniqueOrThrow({ where: { id: patientId } })).pipelineStatus).toBe("APPROVED");
    expect(
      await db.auditEvent.count({
        where: { entityId: screeningId, action: "screening.review", actorId: clinician.id },
      }),
    ).toBe(1);
  });

  it("an override needs a reason; with one, both the recommendation and the decision are kept", async () => {
    const db = await getDb();
    const [coordinator, clinician] = [await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { screeningId, patientId } = await submitted(coordinator, IOP);
    const version = String(await currentVersion(screeningId));
    await expect(
      reviewScreening(
        clinician,
        review({ screeningId, expectedVersion: version, decision: "override", finalLevel: "RESIDENTIAL" }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { overrideReason: expect.any(Array) } });
    await expect(
      reviewScreening(
        clinician,
        review({ screeningId, expectedVersion: version, decision: "override", finalLevel: "IOP", overrideReason: "x" }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { finalLevel: expect.any(Array) } });
    expect((await db.screening.findUniqueOrThrow({ where: { id: screeningId } })).status).toBe("SUBMITTED");
    await reviewScreening(
      clinician,
      review({
        screeningId,
        expectedVersion: version,
        decision: "override",
        finalLevel: "REFER_OUT",
        overrideReason: "Needs an eating-disorder program first.",
      }),
    );
    expect(
      await db.screening.findUniqueOrThrow({
        where: { id: screeningId },
        select: { recommendedLevel: true, finalLevel: true, overrideReason: true },
      }),
    ).toEqual({
      recommendedLevel: "IOP",
      finalLevel: "REFER_OUT",
      overrideReason: "Needs an eating-disorder program first.",
    });
    expect(
      await db.patient.findUniqueOrThrow({
        where: { id: patientId },
        select: { pipelineStatus: true, referredOutTo: true },
      }),
    ).toEqual({ pipelineStatus: "REFERRED_OUT", referredOutTo: "A provider offering the needed service" });
    const events = await db.pipelineEvent.findMany({
      where: { patientId },
      orderBy: { at: "asc" },
      select: { toStatus: true },
    });
    expect(events.map((e) => e.toStatus)).toEqual(["SCREENING", "AWAITING_CLINICAL_DECISION", "REFERRED_OUT"]);
  });

  it("a signed screening cannot be edited, submitted or reviewed again", async () => {
    const db = await getDb();
    const [coordinator, clinician] = [await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { screeningId } = await signed(coordinator, clinician, IOP);
    const before = await db.screening.findUniqueOrThrow({ where: { id: screeningId } });
    const v = before.version;
    await expect(
      saveSection(coordinator, { screeningId, section: "home", expectedVersion: v, answers: { safeHome: false } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      recordSafetyAction(coordinator, { screeningId, expectedVersion: v, safetyActionTaken: "x" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(submitScreening(coordinator, { screeningId, expectedVersion: v })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      reviewScreening(clinician, review({ screeningId, expectedVersion: String(v), decision: "accept" })),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.screening.findUniqueOrThrow({ where: { id: screeningId } })).toEqual(before);
  });

  it("an amendment is a new signed version; the earlier one becomes AMENDED and stays as it was", async () => {
    const db = await getDb();
    const [coordinator, clinician] = [await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { screeningId, patientId } = await signed(coordinator, clinician, IOP);
    const before = await db.screening.findUniqueOrThrow({ where: { id: screeningId } });
    const amend = (fields: Record<string, string>) =>
      AmendScreeningSchema.parse({
        screeningId,
        expectedVersion: String(before.version),
        finalLevel: "RESIDENTIAL",
        ...fields,
      });
    await expect(
      amendScreening(clinician, amend({ section: "gad7", answers: JSON.stringify({ items: gad7Items(16) }) })),
    ).rejects.toMatchObject({ fieldErrors: { amendmentReason: expect.any(Array) } });
    const result = await amendScreening(
      clinician,
      amend({
        section: "gad7",
        answers: JSON.stringify({ items: gad7Items(16) }),
        amendmentReason: "Caller corrected the anxiety answers.",
      }),
    );

    const old = await db.screening.findUniqueOrThrow({ where: { id: screeningId } });
    expect(old).toEqual({ ...before, status: "AMENDED", version: before.version + 1, updatedAt: old.updatedAt });
    const amended = await db.screening.findUniqueOrThrow({ where: { id: result.screeningId } });
    expect(amended).toMatchObject({
      amendsId: screeningId,
      status: "REVIEWED",
      recommendedLevel: "RESIDENTIAL",
      finalLevel: "RESIDENTIAL",
      overrideReason: null,
      amendmentReason: "Caller corrected the anxiety answers.",
      reviewedById: clinician.id,
      patientId,
    });
    expect((amended.scores as { gad7: { total: number } }).gad7.total).toBe(16);
    expect((await listScreeningVersions(clinician, result.screeningId)).map((v) => [v.id, v.status])).toEqual([
      [screeningId, "AMENDED"],
      [result.screeningId, "REVIEWED"],
    ]);
    await expect(amendScreening(clinician, amend({ amendmentReason: "again" }))).rejects.toBeInstanceOf(ConflictError);
    expect(await db.auditEvent.count({ where: { entityId: result.screeningId, action: "screening.amend" } })).toBe(1);
  });
});

describe("safety flags", () => {
  it("a clinician resolves a flag with a resolution, once; it leaves the open list", async () => {
    const db = await getDb();
    const [coordinator, clinician] = [await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { screeningId, patientId } = await draftFor(coordinator);
    await saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 1,
      answers: { items: phq9Items(6, 1) },
    });
    const [flag] = (await listOpenSafetyFlags(clinician, { patientId })).flags;
    expect(flag).toMatchObject({ risk: "LOW", source: "phq9-item9", screeningId });
    await expect(resolveSafetyFlag(clinician, { flagId: flag!.id, resolution: "" })).rejects.toThrow();
    await resolveSafetyFlag(clinician, {
      flagId: flag!.id,
      resolution: "Spoke with the caller; safety plan in place.",
    });
    expect(await db.safetyFlag.findUniqueOrThrow({ where: { id: flag!.id } })).toMatchObject({
      status: "RESOLVED",
      resolvedById: clinician.id,
      resolution: "Spoke with the caller; safety plan in place.",
    });
    await expect(resolveSafetyFlag(clinician, { flagId: flag!.id, resolution: "again" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await listOpenSafetyFlags(clinician, { patientId })).total).toBe(0);
    // The same finding saved again is not raised again after a clinician resolved it.
    await saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 2,
      answers: { items: phq9Items(7, 1) },
    });
    expect((await listOpenSafetyFlags(clinician, { patientId })).total).toBe(0);
  });
});

describe("roles (docs/security.md Z3): each refusal changes nothing", () => {
  it("COORDINATOR cannot review, sign, amend or resolve; CLINICIAN cannot start or edit drafts; ADMIN cannot write", async () => {
    const db = await getDb();
    const [coordinator, clinician, admin] = [
      await staff("COORDINATOR"),
      await staff("CLINICIAN"),
      await staff("ADMIN"),
    ];
    const draft = await draftFor(coordinator);
    await saveSection(coordinator, {
      screeningId: draft.screeningId,
      section: "phq9",
      expectedVersion: 1,
      answers: { items: phq9Items(3, 1) },
    });
    const sub = await submitted(coordinator, IOP);
    const done = await signed(coordinator, clinician, IOP);
    const [flag] = (await listOpenSafetyFlags(coordinator, { patientId: draft.patientId })).flags;
    const snapshot = async () => ({
      screenings: await db.screening.findMany({
        where: { id: { in: [draft.screeningId, sub.screeningId, done.screeningId] } },
        orderBy: { id: "asc" },
      }),
      flags: await db.safetyFlag.findMany({ where: { patientId: draft.patientId } }),
      audits: await db.auditEvent.count({
        where: { patientId: { in: [draft.patientId, sub.patientId, done.patientId] } },
      }),
      count: await db.screening.count(),
    });
    const before = await snapshot();
    const v = (id: string) => before.screenings.find((s) => s.id === id)!.version;
    const attempts: [string, (a: typeof coordinator) => Promise<unknown>][] = [
      ["start", (a) => startScreening(a, { patientId: draft.patientId })],
      [
        "save",
        (a) =>
          saveSection(a, {
            screeningId: draft.screeningId,
            section: "home",
            expectedVersion: v(draft.screeningId),
            answers: { safeHome: true },
          }),
      ],
      [
        "action",
        (a) =>
          recordSafetyAction(a, {
            screeningId: draft.screeningId,
            expectedVersion: v(draft.screeningId),
            safetyActionTaken: "x",
          }),
      ],
      ["submit", (a) => submitScreening(a, { screeningId: draft.screeningId, expectedVersion: v(draft.screeningId) })],
      [
        "review",
        (a) =>
          reviewScreening(
            a,
            review({ screeningId: sub.screeningId, expectedVersion: String(v(sub.screeningId)), decision: "accept" }),
          ),
      ],
      [
        "amend",
        (a) =>
          amendScreening(
            a,
            AmendScreeningSchema.parse({
              screeningId: done.screeningId,
              expectedVersion: String(v(done.screeningId)),
              finalLevel: "IOP",
              amendmentReason: "x",
            }),
          ),
      ],
      ["resolve", (a) => resolveSafetyFlag(a, { flagId: flag!.id, resolution: "x" })],
    ];
    const refused: Record<string, string[]> = {
      COORDINATOR: ["review", "amend", "resolve"],
      CLINICIAN: ["start", "save", "action", "submit"],
      ADMIN: attempts.map(([n]) => n),
    };
    for (const actor of [coordinator, clinician, admin]) {
      for (const [name, attempt] of attempts.filter(([n]) => refused[actor.role]!.includes(n))) {
        await expect(attempt(actor), `${actor.role} ${name}`).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("queries", () => {
  it("the review queue puts safety first (HIGH, MODERATE, LOW, NONE), then the oldest", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const made = {
      none: await submitted(coordinator, IOP),
      low: await submitted(coordinator, screeningAnswers({ cssrs: { q1: true, q2: false, q6: false } })),
      highOld: await submitted(
        coordinator,
        screeningAnswers({ cssrs: { q1: true, q2: true, q3: false, q4: false, q5: true, q6: false } }),
        "988 warm handoff.",
      ),
      moderate: await submitted(
        coordinator,
        screeningAnswers({ cssrs: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false } }),
      ),
      highNew: await submitted(
        coordinator,
        screeningAnswers({ cssrs: { q1: false, q2: false, q6: true, q6Recent: true } }),
        "Mobile crisis team.",
      ),
    };
    const hour = 3_600_000;
    const times: [keyof typeof made, number][] = [
      ["highOld", 5],
      ["highNew", 1],
      ["low", 4],
      ["moderate", 3],
      ["none", 6],
    ];
    for (const [key, hoursAgo] of times)
      await db.screening.update({
        where: { id: made[key].screeningId },
        data: { submittedAt: new Date(Date.now() - hoursAgo * hour) },
      });
    const ids = new Map(Object.entries(made).map(([k, v]) => [v.screeningId, k]));
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = await listReviewQueue(coordinator, { page });
      seen.push(...result.rows.filter((r) => ids.has(r.id)).map((r) => ids.get(r.id)!));
      if (page >= result.pageCount) break;
    }
    expect(seen).toEqual(["highOld", "highNew", "moderate", "low", "none"]);
  });

  it("a person's history carries the PHQ-9 and GAD-7 totals of each screening", async () => {
    const [coordinator, clinician] = [await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { patientId } = await signed(
      coordinator,
      clinician,
      screeningAnswers({ phq9: { items: phq9Items(14) }, gad7: { items: gad7Items(9) } }),
    );
    const second = await startScreening(coordinator, { patientId });
    const history = await listPatientScreenings(clinician, patientId);
    expect(history.screenings.map((s) => s.status)).toEqual(["REVIEWED", "DRAFT"]);
    expect(history.screenings[0]!.scores).toMatchObject({ phq9: { total: 14 }, gad7: { total: 9 } });
    expect(history.screenings[1]!.id).toBe(second.screeningId);
    await expect(listPatientScreenings(clinician, crypto.randomUUID())).rejects.toThrow();
    await expect(
      amendScreening(
        clinician,
        AmendScreeningSchema.parse({
          screeningId: second.screeningId,
          expectedVersion: "1",
          finalLevel: "IOP",
          amendmentReason: "x",
        }),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(startScreening(coordinator, { patientId, callId: crypto.randomUUID() })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
