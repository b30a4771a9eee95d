import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/days";
import { checkCareInvariants } from "@/lib/care/rules/invariants";
import {
  AdmitSchema,
  CancelTransitionSchema,
  CompleteTransitionSchema,
  DischargeSchema,
  PlanTransitionSchema,
  RecordAttendanceSchema,
} from "@/lib/care/schemas";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { admitPatient } from "@/lib/care/admit";
import { recordAttendance } from "@/lib/care/attendance";
import { loadPatientCare } from "@/lib/care/store";
import { dischargePatient } from "@/lib/care/discharge";
import { CareRuleError } from "@/lib/care/errors";
import { movePatientPipeline } from "@/lib/pipeline/move-patient";
import { PipelineMoveSchema } from "@/lib/pipeline/schemas";
import { getPatientPage } from "@/lib/patients/patient-queries";
import { UpdatePatientSchema } from "@/lib/patients/schemas";
import { cancelTransition, completeTransition, confirmTransition, planTransition } from "@/lib/care/transitions";
import { updatePatient } from "@/lib/patients/update-patient";
import {
  admitInput,
  makeCall,
  makeCarePrograms,
  makePatient,
  makeResidentialWithConfirmedStepDown,
  makeStaffActor,
} from "@/tests/factories";
import { daysAgo, snapshot, today, versionOf } from "./care-support";
import { actorFor } from "./support";

// Concurrent transactions and MRN order are checked against whole tables: each test file has its own database.
async function careState(patientId: string) {
  const db = await getDb();
  const care = await db.$transaction((tx) => loadPatientCare(tx, patientId));
  if (!care) throw new Error("patient not found");
  return care;
}

const completeInput = async (transitionId: string) =>
  CompleteTransitionSchema.parse({
    transitionId,
    expectedVersion: await versionOf("transition", transitionId),
    firstAttendedDate: today(),
    dischargeDate: daysAgo(1),
  });

describe("the care journey: admit → plan → confirm → complete a step-down", () => {
  it("closes residential and opens IOP in one transaction, records the first session, audits each step", async () => {
    const db = await getDb();
    const { clinician, p, patient, residentialId, transitionId, mrn } = await makeResidentialWithConfirmedStepDown(db);
    expect(mrn).toMatch(/^MRN\d{7}$/);
    const afterAdmit = await db.patient.findUniqueOrThrow({ where: { id: patient.id } });
    expect(afterAdmit).toMatchObject({ pipelineStatus: "ADMITTED", mrn });
    expect(await db.pipelineEvent.count({ where: { patientId: patient.id, toStatus: "ADMITTED" } })).toBe(1);

    const result = await completeTransition(clinician, await completeInput(transitionId));
    const residential = await db.careEpisode.findUniqueOrThrow({ where: { id: residentialId } });
    expect(residential).toMatchObject({ status: "DISCHARGED", openPatientId: null, dischargeReason: "STEPPED_DOWN" });
    expect(residential.endDate?.toISOString().slice(0, 10)).toBe(daysAgo(1));
    const iop = await db.careEpisode.findUniqueOrThrow({ where: { id: result.resultEpisodeId! } });
    expect(iop).toMatchObject({ level: "IOP", status: "OPEN", openPatientId: patient.id, programId: p.IOP.id });
    expect(iop.expectedEndDate.toISOString().slice(0, 10)).toBe(addDays(today(), 70));
    expect(await db.transition.findUniqueOrThrow({ where: { id: transitionId } })).toMatchObject({
      status: "COMPLETED",
      activeForEpisodeId: null,
      resultEpisodeId: iop.id,
    });
    expect(await db.attendedSession.count({ where: { patientId: patient.id, level: "IOP", episodeId: iop.id } })).toBe(
      1,
    );
    expect(checkCareInvariants((await careState(patient.id)).state)).toEqual([]);

    const actions = (
      await db.auditEvent.findMany({
        where: { patientId: patient.id },
        orderBy: { id: "asc" },
        select: { action: true, detail: true },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["episode.admit", "transition.plan", "transition.confirm", "transition.complete"]);
    const details = JSON.stringify(
      await db.auditEvent.findMany({ where: { patientId: patient.id }, select: { detail: true } }),
    );
    expect(details).not.toContain(patient.firstName);
  });

  it("rolls back whole when a write fails midway: nothing half-written", async () => {
    const db = await getDb();
    const { patient, transitionId } = await makeResidentialWithConfirmedStepDown(db);
    const before = await snapshot(patient.id);
    // A clinician whose account row does not exist: the new episode's admittedBy foreign key
    // fails after the residential episode was already closed in the same transaction.
    const ghost = actorFor({ id: crypto.randomUUID(), role: "CLINICIAN", name: "Ghost", email: "ghost@staff.test" });
    await expect(completeTransition(ghost, await completeInput(transitionId))).rejects.toThrow();
    expect(await snapshot(patient.id)).toEqual(before);
    expect(await db.careEpisode.count({ where: { openPatientId: patient.id, level: "RESIDENTIAL" } })).toBe(1);
  });
});

describe("illegal moves are refused with the rule's message and change nothing (Z9)", () => {
  it("completing a transition that is only planned", async () => {
    const db = await getDb();
    const clinician = await makeStaffActor(db, "CLINICIAN");
    const p = await makeCarePrograms(db);
    const patient = await makePatient(db, { pipelineStatus: "APPROVED" });
    const { episodeId } = await admitPatient(
      clinician,
      admitInput(patient.id, "RESIDENTIAL", p.RESIDENTIAL.id, daysAgo(3)),
    );
    const { transitionId } = await planTransition(
      clinician,
      PlanTransitionSchema.parse({
        episodeId,
        expectedVersion: await versionOf("careEpisode", episodeId!),
        toLevel: "PHP",
        toProgramId: p.PHP.id,
        plannedDate: today(),
      }),
    );
    const before = await snapshot(patient.id);
    const refused = await completeTransition(clinician, await completeInput(transitionId!)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CareRuleError);
    expect((refused as CareRuleError).message).toBe("Confirm the step-down to PHP before completing it.");
    expect((refused as CareRuleError).status).toBe(422);
    expect(await snapshot(patient.id)).toEqual(before);
  });

  it("admitting a patient who is already in care, or a prospect not yet approved", async () => {
    const db = await getDb();
    const { clinician, p, patient } = await makeResidentialWithConfirmedStepDown(db);
    const before = await snapshot(patient.id);
    const again = AdmitSchema.parse({
      patientId: patient.id,
      expectedVersion: before.patient.version,
      level: "IOP",
      programId: p.IOP.id,
      startDate: today(),
    });
    await expect(admitPatient(clinician, again)).rejects.toThrow(/already in residential care/);
    expect(await snapshot(patient.id)).toEqual(before);

    const inquiry = await makePatient(db, { pipelineStatus: "INQUIRY" });
    await expect(admitPatient(clinician, admitInput(inquiry.id, "IOP", p.IOP.id, today()))).rejects.toThrow(
      "Inquiry cannot be admitted yet: a clinician must approve the admission first.",
    );
    expect((await snapshot(inquiry.id)).episodes).toEqual([]);
  });

  it("skipping pipeline stages, and an unknown id is a 404", async () => {
    const db = await getDb();
    const coordinator = await makeStaffActor(db, "COORDINATOR");
    const patient = await makePatient(db, { pipelineStatus: "INQUIRY" });
    const before = await snapshot(patient.id);
    await expect(
      movePatientPipeline(
        coordinator,
        PipelineMoveSchema.parse({ patientId: patient.id, expectedVersion: "1", to: "APPROVED" }),
      ),
    ).rejects.toThrow("Move one stage at a time: after Inquiry comes Screening.");
    expect(await snapshot(patient.id)).toEqual(before);
    await expect(
      confirmTransition(await makeStaffActor(db, "CLINICIAN"), {
        transitionId: crypto.randomUUID(),
        expectedVersion: 1,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("discharge from residential without a step-down needs a follow-up plan", async () => {
    const db = await getDb();
    const coordinator = await makeStaffActor(db, "COORDINATOR");
    const p = await makeCarePrograms(db);
    const patient = await makePatient(db, { pipelineStatus: "APPROVED" });
    const { episodeId } = await admitPatient(
      coordinator,
      admitInput(patient.id, "RESIDENTIAL", p.RESIDENTIAL.id, daysAgo(10)),
    );
    const form = { episodeId: episodeId!, expectedVersion: "1", reason: "LEFT_AGAINST_ADVICE", dischargeDate: today() };
    const before = await snapshot(patient.id);
    await expect(dischargePatient(coordinator, DischargeSchema.parse(form))).rejects.toThrow(
      /needs a follow-up plan: who will see the patient next, and when/,
    );
    expect(await snapshot(patient.id)).toEqual(before);
    await dischargePatient(
      coordinator,
      DischargeSchema.parse({ ...form, followUpPlan: "Outpatient therapist Thursday 10am" }),
    );
    expect(await db.careEpisode.findUniqueOrThrow({ where: { id: episodeId! } })).toMatchObject({
      status: "DISCHARGED",
      followUpPlan: "Outpatient therapist Thursday 10am",
      openPatientId: null,
    });
    expect(await db.auditEvent.count({ where: { patientId: patient.id, action: "episode.discharge" } })).toBe(1);
  });
});

describe("concurrent transitions of one patient (C3)", () => {
  it("two completes at once: exactly one wins, one open episode", async () => {
    const db = await getDb();
    const { clinician, patient, transitionId } = await makeResidentialWithConfirmedStepDown(db);
    const input = await completeInput(transitionId);
    const results = await Promise.allSettled([
      completeTransition(clinician, input),
      completeTransition(clinician, input),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ConflictError);
    expect(await db.careEpisode.count({ where: { patientId: patient.id, status: "OPEN" } })).toBe(1);
    expect(await db.careEpisode.count({ where: { patientId: patient.id } })).toBe(2);
    expect(checkCareInvariants((await careState(patient.id)).state)).toEqual([]);
  });

  it("two admissions at once: exactly one wins; parallel admissions of others get distinct MRNs", async () => {
    const db = await getDb();
    const coordinator = await makeStaffActor(db, "COORDINATOR");
    const p = await makeCarePrograms(db);
    const patient = await makePatient(db, { pipelineStatus: "INSURANCE_VERIFIED" });
    const input = admitInput(patient.id, "RESIDENTIAL", p.RESIDENTIAL.id, today());
    const results = await Promise.allSettled([admitPatient(coordinator, input), admitPatient(coordinator, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ConflictError);
    expect(await db.careEpisode.count({ where: { patientId: patient.id } })).toBe(1);

    const others = await Promise.all([
      makePatient(db, { pipelineStatus: "APPROVED" }),
      makePatient(db, { pipelineStatus: "APPROVED" }),
      makePatient(db, { pipelineStatus: "APPROVED" }),
    ]);
    const admitted = await Promise.all(
      others.map((o) => admitPatient(coordinator, admitInput(o.id, "IOP", p.IOP.id, today()))),
    );
    const numbers = admitted.map((a) => Number(a.mrn.slice(3))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(3);
    expect(numbers[2]! - numbers[0]!).toBe(2);
  });

  it("two plans from the same episode: one wins (one active transition per episode)", async () => {
    const db = await getDb();
    const clinician = await makeStaffActor(db, "CLINICIAN");
    const p = await makeCarePrograms(db);
    const patient = await makePatient(db, { pipelineStatus: "APPROVED" });
    const { episodeId } = await admitPatient(
      clinician,
      admitInput(patient.id, "RESIDENTIAL", p.RESIDENTIAL.id, daysAgo(5)),
    );
    const plan = (toLevel: "IOP" | "PHP") =>
      PlanTransitionSchema.parse({
        episodeId,
        expectedVersion: "1",
        toLevel,
        toProgramId: p[toLevel].id,
        plannedDate: today(),
        scheduleDays: ["TUE"],
        track: "DAY",
      });
    const results = await Promise.allSettled([
      planTransition(clinician, plan("IOP")),
      planTransition(clinician, plan("PHP")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.transition.count({ where: { fromEpisodeId: episodeId!, activeForEpisodeId: { not: null } } })).toBe(
      1,
    );
  });
});

describe("the role map is enforced inside the domain (Z3)", () => {
  it("a coordinator cannot complete or plan a step-down; nothing changes", async () => {
    const db = await getDb();
    const { patient, residentialId, transitionId } = await makeResidentialWithConfirmedStepDown(db);
    const coordinator = await makeStaffActor(db, "COORDINATOR");
    const p = await makeCarePrograms(db);
    const before = await snapshot(patient.id);
    await expect(completeTransition(coordinator, await completeInput(transitionId))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      cancelTransition(coordinator, CancelTransitionSchema.parse({ transitionId, expectedVersion: "2", reason: "x" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      planTransition(
        coordinator,
        PlanTransitionSchema.parse({
          episodeId: residentialId,
          expectedVersion: "2",
          toLevel: "PHP",
          toProgramId: p.PHP.id,
          plannedDate: today(),
        }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(patient.id)).toEqual(before);
  });

  it("an administrator cannot admit", async () => {
    const db = await getDb();
    const admin = await makeStaffActor(db, "ADMIN");
    const p = await makeCarePrograms(db);
    const patient = await makePatient(db, { pipelineStatus: "APPROVED" });
    await expect(admitPatient(admin, admitInput(patient.id, "IOP", p.IOP.id, today()))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await snapshot(patient.id)).episodes).toEqual([]);
  });
});

describe("attendance, patient edits and the patient page", () => {
  it("records an IOP session once, refuses one on residential", async () => {
    const db = await getDb();
    const { clinician, patient, residentialId, transitionId } = await makeResidentialWithConfirmedStepDown(db);
    await expect(
      recordAttendance(clinician, RecordAttendanceSchema.parse({ episodeId: residentialId, date: today() })),
    ).rejects.toBeInstanceOf(CareRuleError);
    const { resultEpisodeId } = await completeTransition(clinician, await completeInput(transitionId));
    expect(
      await recordAttendance(clinician, RecordAttendanceSchema.parse({ episodeId: resultEpisodeId!, date: today() })),
    ).toMatchObject({ alreadyRecorded: true });
    await expect(
      recordAttendance(clinician, RecordAttendanceSchema.parse({ episodeId: resultEpisodeId!, date: daysAgo(1) })),
    ).rejects.toMatchObject({
      fieldErrors: { date: [expect.stringMatching(/before this episode started/)] },
    });
    expect(await db.attendedSession.count({ where: { patientId: patient.id } })).toBe(1);
  });

  it("edits with optimistic concurrency: of two saves from one version one wins, the other names the fields (C1)", async () => {
    const db = await getDb();
    const coordinator = await makeStaffActor(db, "COORDINATOR");
    const patient = await makePatient(db, { pipelineStatus: "INQUIRY" });
    const base = {
      patientId: patient.id,
      expectedVersion: "1",
      firstName: patient.firstName,
      lastName: patient.lastName ?? "",
      sexAtBirth: patient.sexAtBirth,
    };
    const a = UpdatePatientSchema.parse({ ...base, insurancePayer: "Aetna", okToText: "on" });
    const b = UpdatePatientSchema.parse({ ...base, preferredName: "Sunny" });
    const results = await Promise.allSettled([updatePatient(coordinator, a), updatePatient(coordinator, b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ConflictError);
    expect((loser as PromiseRejectedResult).reason.changedFields.length).toBeGreaterThan(0);
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).version).toBe(2);
    await expect(
      updatePatient(
        coordinator,
        UpdatePatientSchema.parse({ ...base, expectedVersion: "2", dateOfBirth: addDays(today(), 1) }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { dateOfBirth: expect.any(Array) } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { patientId: patient.id, action: "patient.update" } });
    expect(JSON.stringify(audit.detail)).not.toMatch(/Aetna|Sunny/);
  });

  it("shows one timeline, newest first, and audits the view", async () => {
    const db = await getDb();
    const { clinician, patient, transitionId } = await makeResidentialWithConfirmedStepDown(db);
    await makeCall(db, { patientId: patient.id, startedAt: new Date(Date.now() - 30 * 86_400_000) });
    await completeTransition(clinician, await completeInput(transitionId));
    const page = await getPatientPage(clinician, patient.id);
    const kinds = page.timeline.map((t) => t.kind);
    // Same day: the IOP start sorts above the residential discharge it follows.
    expect(kinds.indexOf("episode-start")).toBeLessThan(kinds.indexOf("episode-end"));
    expect(kinds).toEqual(expect.arrayContaining(["call", "pipeline", "episode-end", "transition"]));
    const times = page.timeline.map((t) => t.at.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(page.openEpisode?.level).toBe("IOP");
    expect(
      await db.auditEvent.count({ where: { patientId: patient.id, action: "patient.view", actorId: clinician.id } }),
    ).toBe(1);
  });
});
