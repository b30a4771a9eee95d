import { describe, expect, it } from "vitest";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { movePipeline, type PipelineMove } from "./moves";
import { decisionMove, pipelineOnAmend, pipelineOnReview, pipelineOnStart, pipelineOnSubmit } from "./screening-moves";

const legal = (from: PipelineStatus, move: PipelineMove | null) =>
  move !== null &&
  movePipeline({ status: from, notAdmittedReason: null, referredOutTo: null, hasOpenEpisode: false }, move).ok;

describe("screening pipeline moves", () => {
  it("starting moves an inquiry to SCREENING, and nobody else", () => {
    expect(pipelineOnStart("INQUIRY")?.to).toBe("SCREENING");
    for (const s of [
      "SCREENING",
      "AWAITING_CLINICAL_DECISION",
      "APPROVED",
      "INSURANCE_VERIFIED",
      "ADMITTED",
      "NOT_ADMITTED",
      "REFERRED_OUT",
    ] as const)
      expect(pipelineOnStart(s)).toBeNull();
  });

  it("submitting moves SCREENING to AWAITING_CLINICAL_DECISION only", () => {
    expect(pipelineOnSubmit("SCREENING")?.to).toBe("AWAITING_CLINICAL_DECISION");
    expect(pipelineOnSubmit("ADMITTED")).toBeNull();
  });

  it("a center level approves; REFER_OUT and EMERGENCY refer out, saying where", () => {
    for (const l of ["WITHDRAWAL_MANAGEMENT", "RESIDENTIAL", "PHP", "IOP", "OUTPATIENT"] as const)
      expect(decisionMove(l, "x").to).toBe("APPROVED");
    expect(decisionMove("REFER_OUT", "x")).toMatchObject({ to: "REFERRED_OUT", referredOutTo: expect.any(String) });
    expect(decisionMove("EMERGENCY", "x")).toMatchObject({
      to: "REFERRED_OUT",
      referredOutTo: expect.stringContaining("Emergency"),
    });
    expect(pipelineOnReview("ADMITTED", "REFER_OUT")).toBeNull();
  });

  it("an amendment moves an approval out when the decision becomes a referral, never back", () => {
    expect(pipelineOnAmend("APPROVED", "REFER_OUT")?.to).toBe("REFERRED_OUT");
    expect(pipelineOnAmend("APPROVED", "RESIDENTIAL")).toBeNull();
    expect(pipelineOnAmend("REFERRED_OUT", "IOP")).toBeNull();
    expect(pipelineOnAmend("INSURANCE_VERIFIED", "REFER_OUT")).toBeNull();
  });

  it("every move a screening makes is legal in the pipeline state machine (ADR 0007)", () => {
    const statuses = [
      "INQUIRY",
      "SCREENING",
      "AWAITING_CLINICAL_DECISION",
      "APPROVED",
      "INSURANCE_VERIFIED",
      "ADMITTED",
      "NOT_ADMITTED",
      "REFERRED_OUT",
    ] as const;
    const levels = [
      "EMERGENCY",
      "WITHDRAWAL_MANAGEMENT",
      "RESIDENTIAL",
      "PHP",
      "IOP",
      "OUTPATIENT",
      "REFER_OUT",
    ] as const;
    for (const from of statuses) {
      for (const move of [
        pipelineOnStart(from),
        pipelineOnSubmit(from),
        ...levels.flatMap((l) => [pipelineOnReview(from, l), pipelineOnAmend(from, l)]),
      ]) {
        if (move) expect(legal(from, move), `${from} → ${move.to}`).toBe(true);
      }
    }
  });
});
