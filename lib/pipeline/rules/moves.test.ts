import { describe, expect, it } from "vitest";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import {
  canMovePipeline,
  checkAdmissionFromPipeline,
  checkPipelineMove,
  movePipeline,
  PIPELINE_STATUSES,
  type PipelineState,
} from "./moves";

/**
 * Every (from, to) pair. "ok" = allowed as is; a need list = allowed with that payload; a regex =
 * refused with a message matching it.
 */
type Expected = "ok" | "reason" | "referredOutTo" | "admission" | "reason+noOpenEpisode" | RegExp;
const ALREADY = /already at/;
const ONE_STAGE = /one stage at a time/;
const APPROVE_FIRST = /approve the admission first/;
const NEW_INTAKE = /new intake for a former patient, move them to Inquiry/;
const DISCHARGE = /discharge them from their care episode/;
const REOPEN = /reopened to Inquiry/;

const TABLE: Record<PipelineStatus, Record<PipelineStatus, Expected>> = {
  INQUIRY: {
    INQUIRY: ALREADY,
    SCREENING: "ok",
    AWAITING_CLINICAL_DECISION: ONE_STAGE,
    APPROVED: ONE_STAGE,
    INSURANCE_VERIFIED: ONE_STAGE,
    ADMITTED: APPROVE_FIRST,
    NOT_ADMITTED: "reason",
    REFERRED_OUT: "referredOutTo",
  },
  SCREENING: {
    INQUIRY: "reason",
    SCREENING: ALREADY,
    AWAITING_CLINICAL_DECISION: "ok",
    APPROVED: ONE_STAGE,
    INSURANCE_VERIFIED: ONE_STAGE,
    ADMITTED: APPROVE_FIRST,
    NOT_ADMITTED: "reason",
    REFERRED_OUT: "referredOutTo",
  },
  AWAITING_CLINICAL_DECISION: {
    INQUIRY: "reason",
    SCREENING: "reason",
    AWAITING_CLINICAL_DECISION: ALREADY,
    APPROVED: "ok",
    INSURANCE_VERIFIED: ONE_STAGE,
    ADMITTED: APPROVE_FIRST,
    NOT_ADMITTED: "reason",
    REFERRED_OUT: "referredOutTo",
  },
  APPROVED: {
    INQUIRY: "reason",
    SCREENING: "reason",
    AWAITING_CLINICAL_DECISION: "reason",
    APPROVED: ALREADY,
    INSURANCE_VERIFIED: "ok",
    ADMITTED: "admission",
    NOT_ADMITTED: "reason",
    REFERRED_OUT: "referredOutTo",
  },
  INSURANCE_VERIFIED: {
    INQUIRY: "reason",
    SCREENING: "reason",
    AWAITING_CLINICAL_DECISION: "reason",
    APPROVED: "reason",
    INSURANCE_VERIFIED: ALREADY,
    ADMITTED: "admission",
    NOT_ADMITTED: "reason",
    REFERRED_OUT: "referredOutTo",
  },
  ADMITTED: {
    INQUIRY: "reason+noOpenEpisode",
    SCREENING: NEW_INTAKE,
    AWAITING_CLINICAL_DECISION: NEW_INTAKE,
    APPROVED: NEW_INTAKE,
    INSURANCE_VERIFIED: NEW_INTAKE,
    ADMITTED: /already at Admitted/,
    NOT_ADMITTED: DISCHARGE,
    REFERRED_OUT: DISCHARGE,
  },
  NOT_ADMITTED: {
    INQUIRY: "reason",
    SCREENING: REOPEN,
    AWAITING_CLINICAL_DECISION: REOPEN,
    APPROVED: REOPEN,
    INSURANCE_VERIFIED: REOPEN,
    ADMITTED: REOPEN,
    NOT_ADMITTED: ALREADY,
    REFERRED_OUT: REOPEN,
  },
  REFERRED_OUT: {
    INQUIRY: "reason",
    SCREENING: REOPEN,
    AWAITING_CLINICAL_DECISION: REOPEN,
    APPROVED: REOPEN,
    INSURANCE_VERIFIED: REOPEN,
    ADMITTED: REOPEN,
    NOT_ADMITTED: REOPEN,
    REFERRED_OUT: ALREADY,
  },
};

const pairs = PIPELINE_STATUSES.flatMap((from) => PIPELINE_STATUSES.map((to) => [from, to, TABLE[from][to]] as const));

const state = (status: PipelineStatus, extra: Partial<PipelineState> = {}): PipelineState => ({
  status,
  notAdmittedReason: null,
  referredOutTo: null,
  hasOpenEpisode: false,
  ...extra,
});

/** The payload that satisfies an expected need list. */
function payloadFor(expected: Expected) {
  if (expected === "reason" || expected === "reason+noOpenEpisode")
    return { reason: "Re-screen after new information." };
  if (expected === "referredOutTo") return { referredOutTo: "Adolescent program, County Health" };
  if (expected === "admission") return { admission: true };
  return {};
}

describe("pipeline moves: every pair of statuses", () => {
  it("covers all 64 pairs", () => {
    expect(pairs).toHaveLength(64);
  });

  it.each(pairs)("%s → %s", (from, to, expected) => {
    const check = checkPipelineMove(from, to);
    expect(canMovePipeline(from, to)).toBe(check.ok);
    if (expected instanceof RegExp) {
      expect(check).toEqual({ ok: false, reason: expect.stringMatching(expected) });
      const result = movePipeline(state(from), { to, reason: "x", referredOutTo: "y", admission: true });
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(expected) });
      return;
    }
    const needs = expected === "ok" ? [] : expected.split("+");
    expect(check).toEqual({ ok: true, needs });
    const result = movePipeline(state(from), { to, ...payloadFor(expected) });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.next.status).toBe(to);
      expect(result.event).toMatchObject({ fromStatus: from, toStatus: to });
    }
    if (needs.length > 0) {
      // Without the payload the same move is refused with a message, not applied.
      const bare = movePipeline(state(from), { to });
      expect(bare.ok).toBe(false);
      if (!bare.ok) expect(bare.reason.length).toBeGreaterThan(10);
    }
  });
});

describe("movePipeline payloads and messages", () => {
  it("needs a non-blank reason to mark not admitted, and keeps it on the patient", () => {
    expect(movePipeline(state("SCREENING"), { to: "NOT_ADMITTED", reason: "   " })).toEqual({
      ok: false,
      reason: "Give the reason the prospect was not admitted.",
    });
    const result = movePipeline(state("SCREENING"), { to: "NOT_ADMITTED", reason: "  Needs inpatient psychiatry.  " });
    expect(result).toMatchObject({
      ok: true,
      next: { status: "NOT_ADMITTED", notAdmittedReason: "Needs inpatient psychiatry.", referredOutTo: null },
      event: { note: "Needs inpatient psychiatry." },
    });
  });

  it("needs who the prospect was referred to", () => {
    expect(movePipeline(state("INQUIRY"), { to: "REFERRED_OUT", reason: "Adolescent" })).toEqual({
      ok: false,
      reason: "Say who the prospect was referred to.",
    });
    const result = movePipeline(state("INQUIRY"), {
      to: "REFERRED_OUT",
      referredOutTo: "Teen Recovery Center",
      reason: "Aged 16",
    });
    expect(result).toMatchObject({
      ok: true,
      next: { referredOutTo: "Teen Recovery Center", notAdmittedReason: null },
      event: { note: "Referred out to Teen Recovery Center. Aged 16" },
    });
  });

  it("asks why for a backward move (a re-screen)", () => {
    expect(movePipeline(state("APPROVED"), { to: "SCREENING" })).toEqual({
      ok: false,
      reason: "Give the reason for moving back from Approved to Screening.",
    });
    expect(movePipeline(state("APPROVED"), { to: "SCREENING", reason: "New withdrawal history reported." }).ok).toBe(
      true,
    );
  });

  it("reopening a closed prospect clears the old outcome", () => {
    const closed = state("NOT_ADMITTED", { notAdmittedReason: "Declined" });
    expect(movePipeline(closed, { to: "INQUIRY" })).toEqual({
      ok: false,
      reason: "Give the reason for reopening the prospect.",
    });
    expect(movePipeline(closed, { to: "INQUIRY", reason: "Called back, ready now." })).toMatchObject({
      ok: true,
      next: { status: "INQUIRY", notAdmittedReason: null },
    });
    const referred = state("REFERRED_OUT", { referredOutTo: "County" });
    expect(movePipeline(referred, { to: "INQUIRY", reason: "Returned" })).toMatchObject({
      ok: true,
      next: { referredOutTo: null },
    });
  });

  it("admission is only through the admit action", () => {
    expect(movePipeline(state("APPROVED"), { to: "ADMITTED" })).toEqual({
      ok: false,
      reason: "Use Admit to admit a prospect: admission opens a care episode at a level and program.",
    });
    expect(movePipeline(state("INSURANCE_VERIFIED"), { to: "ADMITTED", admission: true }).ok).toBe(true);
  });

  it("a new intake for a former patient is refused while they are in care", () => {
    expect(movePipeline(state("ADMITTED", { hasOpenEpisode: true }), { to: "INQUIRY", reason: "Returning" })).toEqual({
      ok: false,
      reason: "The patient is still in care; discharge the open episode before starting a new intake.",
    });
    expect(movePipeline(state("ADMITTED"), { to: "INQUIRY" })).toEqual({
      ok: false,
      reason: "Give the reason for starting a new intake.",
    });
    expect(movePipeline(state("ADMITTED"), { to: "INQUIRY", reason: "Returning after relapse" }).ok).toBe(true);
  });

  it("does not change the state it is given", () => {
    const before = state("SCREENING");
    const copy = structuredClone(before);
    movePipeline(before, { to: "NOT_ADMITTED", reason: "x" });
    expect(before).toEqual(copy);
  });
});

describe("checkAdmissionFromPipeline", () => {
  it.each([
    ["APPROVED", { ok: true, movesPipeline: true }],
    ["INSURANCE_VERIFIED", { ok: true, movesPipeline: true }],
    ["ADMITTED", { ok: true, movesPipeline: false }],
  ] as const)("%s may be admitted", (status, expected) => {
    expect(checkAdmissionFromPipeline(status)).toEqual(expected);
  });

  it.each(["INQUIRY", "SCREENING", "AWAITING_CLINICAL_DECISION"] as const)("%s needs approval first", (status) => {
    expect(checkAdmissionFromPipeline(status)).toEqual({
      ok: false,
      reason: expect.stringMatching(/approve the admission first/),
    });
  });

  it.each(["NOT_ADMITTED", "REFERRED_OUT"] as const)("%s must be reopened first", (status) => {
    expect(checkAdmissionFromPipeline(status)).toEqual({
      ok: false,
      reason: expect.stringMatching(/reopen them to Inquiry/),
    });
  });
});
