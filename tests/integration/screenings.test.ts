import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { evaluateScreening } from "@/lib/screening/rules/evaluate";
import { SaveSectionSchema } from "@/lib/screening/schemas";
import { listOpenSafetyFlags } from "@/lib/screening/queries";
import { recordSafetyAction } from "@/lib/screening/record-safety-action";
import { saveSection } from "@/lib/screening/save-section";
import { startScreening } from "@/lib/screening/start-screening";
import { submitScreening } from "@/lib/screening/submit-screening";
import { makeCall, makePatient } from "@/tests/factories";
import { currentVersion, draftFor, fillSections, staff, submitted } from "@/tests/factories/screening";
import { phq9Items, screeningAnswers } from "@/tests/factories/screening-answers";

// Counts are scoped to this file's own rows, and the L2 test adds a trigger, which no other file
// sees: each test file has its own database.
const IOP = screeningAnswers({ phq9: { items: phq9Items(12) } });
const HIGH_RISK = screeningAnswers({ cssrs: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false } });

describe("starting a screening", () => {
  it("from a call without a person: makes a prospect, links the call, moves INQUIRY → SCREENING", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const call = await makeCall(db, { callerName: "Robin Vale", disposition: "SCREENING_STARTED" });
    const started = await startScreening(coordinator, { callId: call.id });
    const screening = await db.screening.findUniqueOrThrow({
      where: { id: started.screeningId },
      select: { status: true, callId: true, patientId: true, createdById: true, instrumentSetVersion: true },
    });
    expect(screening).toMatchObject({
      status: "DRAFT",
      callId: call.id,
      patientId: started.patientId,
      createdById: coordinator.id,
      instrumentSetVersion: "2026.1",
    });
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).patientId).toBe(started.patientId);
    const patient = await db.patient.findUniqueOrThrow({
      where: { id: started.patientId },
      select: { firstName: true, lastName: true, pipelineStatus: true },
    });
    expect(patient).toEqual({ firstName: "Robin", lastName: "Vale", pipelineStatus: "SCREENING" });
    const events = await db.pipelineEvent.findMany({
      where: { patientId: started.patientId },
      orderBy: { at: "asc" },
      select: { fromStatus: true, toStatus: true, actorId: true },
    });
    expect(events.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual(["null→INQUIRY", "INQUIRY→SCREENING"]);
    const actions = await db.auditEvent.findMany({ where: { patientId: started.patientId }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["call.link", "patient.create", "screening.start"]);
  });

  it("from a call with a person, and again: the same draft is resumed, even when two starts race", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const patient = await makePatient(db);
    const call = await makeCall(db, { patientId: patient.id });
    const [a, b] = await Promise.all([
      startScreening(coordinator, { callId: call.id }),
      startScreening(coordinator, { callId: call.id }),
    ]);
    expect(a.screeningId).toBe(b.screeningId);
    expect([a.resumed, b.resumed].sort()).toEqual([false, true]);
    expect(await db.screening.count({ where: { patientId: patient.id } })).toBe(1);
    expect(await db.pipelineEvent.count({ where: { patientId: patient.id, toStatus: "SCREENING" } })).toBe(1);
  });

  it("from a person; an unknown person or call is refused and nothing is created", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { patientId, screeningId } = await draftFor(coordinator);
    expect((await db.screening.findUniqueOrThrow({ where: { id: screeningId } })).patientId).toBe(patientId);
    const before = await db.screening.count({ where: { createdById: coordinator.id } });
    await expect(startScreening(coordinator, { patientId: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startScreening(coordinator, { callId: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startScreening(coordinator, {})).rejects.toBeInstanceOf(ValidationError);
    expect(await db.screening.count({ where: { createdById: coordinator.id } })).toBe(before);
  });
});

describe("saving sections", () => {
  it("saves with the current version and refuses a stale one without changing anything (C1)", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    const saved = await saveSection(coordinator, {
      screeningId,
      section: "home",
      expectedVersion: 1,
      answers: { safeHome: true },
    });
    expect(saved.version).toBe(2);
    await expect(
      saveSection(coordinator, { screeningId, section: "home", expectedVersion: 1, answers: { safeHome: false } }),
    ).rejects.toBeInstanceOf(ConflictError);
    const row = await db.screening.findUniqueOrThrow({
      where: { id: screeningId },
      select: { version: true, answers: true },
    });
    expect(row.version).toBe(2);
    expect((row.answers as { home: unknown }).home).toEqual({ safeHome: true });
    // Two saves from the same version: exactly one wins.
    const results = await Promise.allSettled(
      [1, 2, 3].map(() =>
        saveSection(coordinator, { screeningId, section: "obligations", expectedVersion: 2, answers: { work: true } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("recomputes scores on the server; a browser cannot send scores", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 1,
      answers: { items: phq9Items(12) },
    });
    const row = await db.screening.findUniqueOrThrow({ where: { id: screeningId }, select: { scores: true } });
    expect(row.scores).toEqual({ phq9: { total: 12, band: "moderate", flags: [] } });

    const extra = saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 2,
      answers: { items: phq9Items(3), total: 27, band: "severe" },
    });
    await expect(extra).rejects.toMatchObject({
      fieldErrors: { "phq9.total": expect.any(Array), "phq9.band": expect.any(Array) },
    });
    const form = SaveSectionSchema.safeParse({
      screeningId,
      expectedVersion: "2",
      section: "phq9",
      answers: "{}",
      scores: '{"phq9":{"total":0}}',
    });
    expect(form.success).toBe(false);
    const outOfRange = saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 2,
      answers: { items: [4, 0, 0, 0, 0, 0, 0, 0, 0] },
    });
    await expect(outOfRange).rejects.toMatchObject({ fieldErrors: { "phq9.items.0": expect.any(Array) } });
    expect(
      (await db.screening.findUniqueOrThrow({ where: { id: screeningId }, select: { scores: true } })).scores,
    ).toEqual(row.scores);
  });

  it("a positive PHQ-9 item 9 raises an OPEN safety flag at once, once; a rising C-SSRS escalates its flag", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId, patientId } = await draftFor(coordinator);
    const partial = [0, 0, 0, null, null, null, null, null, 1];
    const saved = await saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 1,
      answers: { items: partial },
    });
    expect(saved).toMatchObject({ safetyRisk: "LOW", flagsRaised: 1 });
    const flags = () =>
      db.safetyFlag.findMany({ where: { screeningId }, select: { source: true, risk: true, status: true } });
    expect(await flags()).toEqual([{ source: "phq9-item9", risk: "LOW", status: "OPEN" }]);
    expect((await listOpenSafetyFlags(coordinator, { patientId })).total).toBe(1);
    await saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 2,
      answers: { items: phq9Items(10, 2) },
    });
    expect(await flags()).toHaveLength(1);

    await saveSection(coordinator, {
      screeningId,
      section: "cssrs",
      expectedVersion: 3,
      answers: { q1: true, q2: false },
    });
    await saveSection(coordinator, {
      screeningId,
      section: "cssrs",
      expectedVersion: 4,
      answers: { q1: true, q2: true, q3: true, q4: true },
    });
    expect(await flags()).toEqual(expect.arrayContaining([{ source: "cssrs-high", risk: "HIGH", status: "OPEN" }]));
    expect(await flags()).toHaveLength(2);
    expect((await db.screening.findUniqueOrThrow({ where: { id: screeningId } })).safetyRisk).toBe("HIGH");
    expect(await db.auditEvent.count({ where: { patientId, action: "safety-flag.raise" } })).toBe(3);
  });

  it("writes the audit row in the same transaction: a failing audit leaves the draft untouched (L2)", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await db.$executeRaw`CREATE OR REPLACE FUNCTION "screenings_test_fail_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."requestId" = 'screenings-test-audit-fails' THEN RAISE EXCEPTION 'audit refused by test'; END IF;
        RETURN NEW;
      END $$`;
    await db.$executeRaw`DROP TRIGGER IF EXISTS "screenings_test_fail_audit" ON "AuditEvent"`;
    await db.$executeRaw`CREATE TRIGGER "screenings_test_fail_audit" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "screenings_test_fail_audit"()`;
    try {
      const failing = { ...coordinator, request: { ...coordinator.request, requestId: "screenings-test-audit-fails" } };
      await expect(
        saveSection(failing, { screeningId, section: "phq9", expectedVersion: 1, answers: { items: phq9Items(5, 1) } }),
      ).rejects.toThrow();
      const row = await db.screening.findUniqueOrThrow({
        where: { id: screeningId },
        select: { version: true, answers: true, safetyRisk: true },
      });
      expect(row).toEqual({ version: 1, answers: { instrumentSetVersion: "2026.1" }, safetyRisk: "NONE" });
      expect(await db.safetyFlag.count({ where: { screeningId } })).toBe(0);
    } finally {
      await db.$executeRaw`DROP TRIGGER IF EXISTS "screenings_test_fail_audit" ON "AuditEvent"`;
    }
  });
});

describe("submitting", () => {
  it("refuses an incomplete screening, naming the sections", async () => {
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await saveSection(coordinator, {
      screeningId,
      section: "phq9",
      expectedVersion: 1,
      answers: { items: phq9Items(4) },
    });
    const attempt = submitScreening(coordinator, { screeningId, expectedVersion: 2 });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(submitScreening(coordinator, { screeningId, expectedVersion: 2 })).rejects.toThrow(
      /Anxiety \(GAD-7\)/,
    );
  });

  it("stores the server's scores and recommendation (IOP) and moves the pipeline", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId, patientId } = await submitted(coordinator, IOP);
    const row = await db.screening.findUniqueOrThrow({ where: { id: screeningId } });
    const expected = evaluateScreening(IOP);
    expect(row).toMatchObject({ status: "SUBMITTED", recommendedLevel: "IOP", safetyRisk: "NONE" });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.scores).toEqual(JSON.parse(JSON.stringify(expected.scores)));
    expect(row.recommendationReasons).toMatchObject({
      configVersion: expected.recommendation.configVersion,
      reasons: [{ code: "phq9-moderate", level: "IOP" }],
    });
    expect((await db.patient.findUniqueOrThrow({ where: { id: patientId } })).pipelineStatus).toBe(
      "AWAITING_CLINICAL_DECISION",
    );
    const submitAudit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: screeningId, action: "screening.submit" },
    });
    expect(submitAudit).toMatchObject({ patientId, actorId: coordinator.id, outcome: "SUCCESS" });
    expect(JSON.stringify(submitAudit.detail)).not.toMatch(/IOP|phq9|moderate/);
  });

  it("a HIGH C-SSRS is refused until the action taken is recorded, then accepted (EMERGENCY)", async () => {
    const db = await getDb();
    const coordinator = await staff("COORDINATOR");
    const { screeningId } = await draftFor(coordinator);
    await fillSections(coordinator, screeningId, HIGH_RISK);
    const version = await currentVersion(screeningId);
    await expect(submitScreening(coordinator, { screeningId, expectedVersion: version })).rejects.toMatchObject({
      fieldErrors: { safetyActionTaken: expect.any(Array) },
    });
    expect((await db.screening.findUniqueOrThrow({ where: { id: screeningId } })).status).toBe("DRAFT");
    const action = "Warm handoff to 988; clinician on duty notified.";
    await recordSafetyAction(coordinator, { screeningId, expectedVersion: version, safetyActionTaken: action });
    const result = await submitScreening(coordinator, { screeningId, expectedVersion: version + 1 });
    expect(result.recommendedLevel).toBe("EMERGENCY");
    expect(
      await db.safetyFlag.findMany({ where: { screeningId }, select: { risk: true, actionTaken: true, status: true } }),
    ).toEqual([{ risk: "HIGH", actionTaken: action, status: "OPEN" }]);
  });
});

describe("demo seed screenings (prisma/seed/screening.ts)", () => {
  it("are valid answers in the product's format, scored by the product's rules", async () => {
    const { ScreeningAnswersDraftSchema, ScreeningAnswersSchema } =
      await import("@/lib/screening/rules/answers-schema");
    const { generateScreening, partialScreening } = await import("@/prisma/seed/screening");
    const { Rng } = await import("@/prisma/seed/random");
    const levels = new Set<string>();
    for (let i = 0; i < 1_500; i++) {
      const rng = Rng.stream(7, "screening-test", i);
      const { answers, evaluation } = generateScreening(
        rng,
        (["MALE", "FEMALE", "UNKNOWN"] as const)[i % 3]!,
        (["SUBSTANCE_USE", "BOTH", "MENTAL_HEALTH"] as const)[i % 3]!,
      );
      expect(ScreeningAnswersSchema.safeParse(answers).success).toBe(true);
      expect(evaluation).toEqual(evaluateScreening(answers));
      expect(ScreeningAnswersDraftSchema.safeParse(partialScreening(rng, answers).answers).success).toBe(true);
      levels.add(evaluation.recommendation.level);
    }
    expect(levels.size).toBeGreaterThanOrEqual(6);
  });
});
