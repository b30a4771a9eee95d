import { describe, expect, it } from "vitest";
import {
  AdmitSchema,
  CancelTransitionSchema,
  CompleteTransitionSchema,
  ConfirmTransitionSchema,
  DischargeForTransitionSchema,
  DischargeSchema,
  MarkNoShowSchema,
  PlanTransitionSchema,
} from "./schemas";

const UUID = "0b7c4b1e-7a8e-4c61-9d0e-3f1a2b3c4d5e";
const UUID2 = "7d2f6a10-1c1b-4a5e-8f00-2b9c0d1e2f3a";

function fieldsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; code: string; keys?: string[] }[] };
}): string[] {
  return (result.error?.issues ?? []).flatMap((i) =>
    i.code === "unrecognized_keys" ? (i.keys ?? []) : [i.path.join(".")],
  );
}

describe("AdmitSchema", () => {
  const base = {
    patientId: UUID,
    expectedVersion: "3",
    level: "RESIDENTIAL",
    programId: UUID2,
    startDate: "2026-03-01",
  };

  it("coerces form strings, and a blank length means the program default", () => {
    expect(AdmitSchema.parse({ ...base, expectedLengthDays: "" })).toEqual({
      ...base,
      expectedVersion: 3,
      expectedLengthDays: undefined,
    });
    expect(AdmitSchema.parse({ ...base, expectedLengthDays: "45" }).expectedLengthDays).toBe(45);
  });

  it.each([
    [{ level: "EMERGENCY" }, "level"],
    [{ programId: "x" }, "programId"],
    [{ startDate: "2026-02-30" }, "startDate"],
    [{ startDate: "03/01/2026" }, "startDate"],
    [{ expectedLengthDays: "0" }, "expectedLengthDays"],
    [{ expectedLengthDays: "366" }, "expectedLengthDays"],
    [{ expectedLengthDays: "1.5" }, "expectedLengthDays"],
    [{ expectedVersion: "0" }, "expectedVersion"],
    [{ expectedVersion: "abc" }, "expectedVersion"],
    [{ mrn: "123" }, "mrn"],
  ])("refuses %o", (change, field) => {
    expect(fieldsOf(AdmitSchema.safeParse({ ...base, ...change }))).toContain(field);
  });
});

describe("PlanTransitionSchema", () => {
  const base = {
    episodeId: UUID,
    expectedVersion: "1",
    toLevel: "IOP",
    toProgramId: UUID2,
    plannedDate: "2026-03-25",
    track: "EVENING",
    scheduleDays: ["THU", "TUE", "TUE"],
  };

  it("keeps session days in week order without repeats, from one checkbox or many", () => {
    expect(PlanTransitionSchema.parse(base).scheduleDays).toEqual(["TUE", "THU"]);
    expect(PlanTransitionSchema.parse({ ...base, scheduleDays: "WED" }).scheduleDays).toEqual(["WED"]);
  });

  it("IOP needs a track and at least one day; PHP needs neither", () => {
    expect(fieldsOf(PlanTransitionSchema.safeParse({ ...base, track: "", scheduleDays: undefined }))).toEqual([
      "track",
      "scheduleDays",
    ]);
    const php = PlanTransitionSchema.parse({
      episodeId: UUID,
      expectedVersion: "1",
      toLevel: "PHP",
      toProgramId: UUID2,
      plannedDate: "2026-03-25",
    });
    expect(php.scheduleDays).toEqual([]);
    expect(php.track).toBeUndefined();
  });

  it.each([
    [{ scheduleDays: ["MONDAY"] }, "scheduleDays.0"],
    [{ track: "NIGHT" }, "track"],
    [{ plannedDate: "" }, "plannedDate"],
    [{ toLevel: "REFER_OUT" }, "toLevel"],
    [{ kind: "STEP_UP" }, "kind"],
  ])("refuses %o", (change, field) => {
    expect(fieldsOf(PlanTransitionSchema.safeParse({ ...base, ...change }))).toContain(field);
  });
});

describe("transition action schemas", () => {
  const ref = { transitionId: UUID, expectedVersion: "2" };

  it("confirm needs only the transition and its version", () => {
    expect(ConfirmTransitionSchema.parse(ref)).toEqual({ transitionId: UUID, expectedVersion: 2 });
    expect(fieldsOf(ConfirmTransitionSchema.safeParse({ ...ref, status: "COMPLETED" }))).toEqual(["status"]);
  });

  it("cancel needs a reason of 1–500 characters", () => {
    expect(CancelTransitionSchema.parse({ ...ref, reason: "  Insurance denied.  " }).reason).toBe("Insurance denied.");
    expect(fieldsOf(CancelTransitionSchema.safeParse({ ...ref, reason: "   " }))).toEqual(["reason"]);
    expect(fieldsOf(CancelTransitionSchema.safeParse(ref))).toEqual(["reason"]);
    expect(fieldsOf(CancelTransitionSchema.safeParse({ ...ref, reason: "a".repeat(501) }))).toEqual(["reason"]);
    expect(CancelTransitionSchema.safeParse({ ...ref, reason: "a".repeat(500) }).success).toBe(true);
    expect(fieldsOf(CancelTransitionSchema.safeParse({ ...ref, reason: "ok\u202Eevil" }))).toEqual(["reason"]);
  });

  it("no-show takes an optional note", () => {
    expect(MarkNoShowSchema.parse({ ...ref, reason: "" })).toEqual({
      transitionId: UUID,
      expectedVersion: 2,
      reason: undefined,
    });
  });

  it("complete needs the first attended day; the discharge day is optional", () => {
    expect(
      CompleteTransitionSchema.parse({
        ...ref,
        firstAttendedDate: "2026-03-19",
        dischargeDate: "",
        expectedLengthDays: "",
      }),
    ).toEqual({
      transitionId: UUID,
      expectedVersion: 2,
      firstAttendedDate: "2026-03-19",
      dischargeDate: undefined,
      expectedLengthDays: undefined,
    });
    expect(fieldsOf(CompleteTransitionSchema.safeParse({ ...ref, dischargeDate: "2026-03-18" }))).toEqual([
      "firstAttendedDate",
    ]);
  });

  it("leaving for a transition needs the discharge day", () => {
    expect(DischargeForTransitionSchema.parse({ ...ref, dischargeDate: "2026-03-18", aftercarePlan: "" })).toEqual({
      transitionId: UUID,
      expectedVersion: 2,
      dischargeDate: "2026-03-18",
      aftercarePlan: undefined,
    });
    expect(fieldsOf(DischargeForTransitionSchema.safeParse(ref))).toEqual(["dischargeDate"]);
  });
});

describe("DischargeSchema", () => {
  const base = { episodeId: UUID, expectedVersion: "4", reason: "COMPLETED", dischargeDate: "2026-03-20" };

  it("accepts the four manual reasons and optional plans", () => {
    for (const reason of ["COMPLETED", "LEFT_AGAINST_ADVICE", "ADMINISTRATIVE", "TRANSFERRED_OUT"]) {
      expect(DischargeSchema.safeParse({ ...base, reason }).success).toBe(true);
    }
    expect(DischargeSchema.parse({ ...base, aftercarePlan: " AA meetings ", followUpPlan: "" })).toMatchObject({
      aftercarePlan: "AA meetings",
      followUpPlan: undefined,
    });
  });

  it("refuses stepped reasons (they belong to transitions) and overlong plans", () => {
    expect(fieldsOf(DischargeSchema.safeParse({ ...base, reason: "STEPPED_DOWN" }))).toEqual(["reason"]);
    expect(fieldsOf(DischargeSchema.safeParse({ ...base, followUpPlan: "a".repeat(2001) }))).toEqual(["followUpPlan"]);
  });
});
