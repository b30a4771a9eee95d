/**
 * From the screening call to admission: the screening row (draft → submitted → reviewed, a few
 * amended), its safety flags, the clinician's decision (usually the recommendation, sometimes an
 * override with its reason), insurance verification, and admission into a care journey.
 */
import type { CallReason, CareLevel, RecommendedLevel, SexAtBirth } from "@/lib/generated/prisma/enums";
import type { SafetyAssessment } from "@/lib/screening/rules/safety";
import { toStoredRecommendation } from "@/lib/screening/rules/stored";
import { admit } from "./care";
import { anyClinician, coordinatorOnShift, maybeAudit, type SeedContext } from "./context";
import type { Journey } from "./journey";
import { asJson, generateScreening, INSTRUMENT_SET_VERSION, partialScreening } from "./screening";

const OVERRIDES: Partial<Record<RecommendedLevel, readonly (readonly [RecommendedLevel, string])[]>> = {
  RESIDENTIAL: [
    ["IOP", "Cannot leave work; strong family support at home."],
    ["PHP", "Needs daily structure but has a safe home."],
  ],
  IOP: [
    ["RESIDENTIAL", "Two relapses during outpatient care this year."],
    ["PHP", "Symptoms need daily contact for now."],
  ],
  OUTPATIENT: [["IOP", "Recent return to use after a long remission."]],
  WITHDRAWAL_MANAGEMENT: [["RESIDENTIAL", "Withdrawal risk judged low on clinical review."]],
};

const ACTION: Record<string, string> = {
  HIGH: "Warm handoff to 988 and the mobile crisis team; stayed on the line.",
  MODERATE: "Safety plan reviewed with the caller; clinician informed.",
  LOW: "Discussed with the clinician on call.",
};

function careLevel(level: RecommendedLevel): CareLevel | null {
  return level === "EMERGENCY" || level === "REFER_OUT" ? null : level;
}

export function runIntake(
  ctx: SeedContext,
  j: Journey,
  startedAt: number,
  callId: string | null,
  sex: SexAtBirth,
  reason: CallReason,
): void {
  const { rng, patient } = j;
  const { clock, writer, ids } = ctx;
  const coordinator = coordinatorOnShift(ctx, rng, startedAt);
  j.move("SCREENING", startedAt, coordinator);
  const { answers, evaluation } = generateScreening(rng, sex, reason);
  const recommended = evaluation.recommendation.level;
  const abandoned = rng.chance(0.08);
  const submittedAt = startedAt + rng.int(20, 60) * 60_000;
  const submitted = !abandoned && j.reached(submittedAt);
  const reviewAt = clock.later(
    rng,
    submittedAt,
    recommended === "EMERGENCY" ? 0.1 : 0.5,
    recommended === "EMERGENCY" ? 0.3 : 20,
  );
  const reviewer = anyClinician(ctx, rng);
  const reviewed = submitted && j.reached(reviewAt);
  const override = reviewed && rng.chance(0.12) ? OVERRIDES[recommended] : undefined;
  const [finalLevel, overrideReason] = override ? rng.pick(override) : [recommended, null];
  const amended = reviewed && rng.chance(0.03);
  const screeningId = ids.next();
  const risk = evaluation.safety.risk;
  const safetyActionTaken = ACTION[risk] ?? null;

  const base = {
    patientId: patient.id,
    callId,
    instrumentSetVersion: INSTRUMENT_SET_VERSION,
    createdById: coordinator.id,
    createdAt: new Date(startedAt),
  };
  if (!submitted) {
    // A draft keeps the sections answered so far, scored and assessed as each save does.
    const partial = partialScreening(rng, answers);
    const savedAt = Math.min(submittedAt, clock.nowMs);
    writer.add("Screening", {
      ...base,
      id: screeningId,
      answers: asJson(partial.answers),
      scores: asJson(partial.scores),
      status: "DRAFT",
      safetyRisk: partial.safety.risk,
      version: 1,
      updatedAt: new Date(savedAt),
    });
    addSafetyFlags(ctx, j, screeningId, partial.safety, Math.min(startedAt + 10 * 60_000, savedAt));
  } else {
    const row = (
      id: string,
      status: "SUBMITTED" | "REVIEWED" | "AMENDED",
      extra: { amendsId?: string; amendmentReason?: string; version: number },
    ) =>
      writer.add("Screening", {
        ...base,
        id,
        answers: asJson(answers),
        scores: asJson(evaluation.scores),
        safetyRisk: risk,
        safetyActionTaken,
        recommendedLevel: recommended,
        recommendationReasons: asJson(toStoredRecommendation(evaluation.recommendation)),
        finalLevel: reviewed ? finalLevel : null,
        overrideReason: reviewed ? overrideReason : null,
        status,
        submittedAt: new Date(submittedAt),
        reviewedById: reviewed ? reviewer.id : null,
        reviewedAt: reviewed ? new Date(reviewAt) : null,
        updatedAt: new Date(reviewed ? reviewAt : submittedAt),
        ...extra,
      });
    if (amended) {
      row(screeningId, "AMENDED", { version: 2 });
      row(ids.next(), "REVIEWED", {
        amendsId: screeningId,
        amendmentReason: "Corrected an item after the caller clarified their answer.",
        version: 1,
      });
    } else {
      row(screeningId, reviewed ? "REVIEWED" : "SUBMITTED", { version: 1 });
    }
    addSafetyFlags(ctx, j, screeningId, evaluation.safety, submittedAt);
    maybeAudit(ctx, rng, submittedAt, coordinator, "screening.submit", {
      type: "Screening",
      id: screeningId,
      patientId: patient.id,
    });
    j.move("AWAITING_CLINICAL_DECISION", submittedAt, coordinator);
  }
  if (abandoned) {
    const closeAt = clock.later(rng, startedAt, 72, 240);
    if (j.reached(closeAt))
      j.notAdmitted(closeAt, coordinatorOnShift(ctx, rng, closeAt), "Screening not completed; stopped responding");
    return;
  }
  if (!reviewed) return;
  maybeAudit(
    ctx,
    rng,
    reviewAt,
    reviewer,
    "screening.review",
    { type: "Screening", id: screeningId, patientId: patient.id },
    { override: overrideReason !== null },
  );
  decide(ctx, j, finalLevel, reviewAt, reviewer);
}

function addSafetyFlags(
  ctx: SeedContext,
  j: Journey,
  screeningId: string,
  safety: SafetyAssessment,
  raisedAt: number,
): void {
  for (const flag of safety.flags) {
    // Flags are resolved by a clinician within hours; some of the last two weeks' are still open,
    // and a rare old one was never closed (exactly what the safety queue exists to surface).
    const resolvedAt = raisedAt + j.rng.int(20, 360) * 60_000;
    const recent = raisedAt > ctx.clock.nowMs - 14 * 86_400_000;
    const resolved = j.reached(resolvedAt) && !j.rng.chance(recent ? 0.35 : 0.01);
    ctx.writer.add("SafetyFlag", {
      id: ctx.ids.next(),
      patientId: j.patient.id,
      screeningId,
      risk: flag.risk,
      source: flag.source,
      status: resolved ? "RESOLVED" : "OPEN",
      actionTaken: ACTION[flag.risk] ?? null,
      raisedAt: new Date(raisedAt),
      resolvedAt: resolved ? new Date(resolvedAt) : null,
      resolvedById: resolved ? anyClinician(ctx, j.rng).id : null,
      resolution: resolved
        ? j.rng.pick([
            "Safety plan in place; no imminent risk.",
            "Evaluated; follow-up arranged.",
            "Crisis team involved; patient safe.",
          ])
        : null,
    });
  }
}

function decide(
  ctx: SeedContext,
  j: Journey,
  finalLevel: RecommendedLevel,
  reviewAt: number,
  reviewer: ReturnType<typeof anyClinician>,
): void {
  const { rng } = j;
  const { clock } = ctx;
  const level = careLevel(finalLevel);
  if (finalLevel === "EMERGENCY")
    return j.referredOut(reviewAt, reviewer, "the emergency department for crisis evaluation");
  if (!level) return j.referredOut(reviewAt, reviewer, "a program offering the needed service");
  const outcome = rng.weighted([
    ["approve", 90],
    ["decline", 6],
    ["refer", 4],
  ] as const);
  if (outcome === "decline") return j.notAdmitted(reviewAt, reviewer, "Declined the recommended level of care");
  if (outcome === "refer") return j.referredOut(reviewAt, reviewer, "an outpatient provider closer to home");
  j.move("APPROVED", reviewAt, reviewer);

  const verified = rng.chance(0.92);
  const verifyAt = clock.later(rng, reviewAt, 3, 72);
  const admitDay = clock.dayOf(verifyAt) + rng.int(0, 4);
  const admitAt = Math.max(clock.at(admitDay, rng.int(9, 14), rng.int(0, 59)), verifyAt + 3_600_000);
  const arrives = verified && rng.chance(0.87);
  const closeAt = verified ? admitAt + 86_400_000 : clock.later(rng, reviewAt, 24, 96);
  const coordinator = coordinatorOnShift(ctx, rng, verifyAt);
  // Follow-up task: confirm the admission date and transport. Done when the patient arrives or the case closes.
  const settledAt = arrives ? admitAt : closeAt;
  const dueAt = clock.later(rng, reviewAt, 2, 24);
  ctx.writer.add("Task", {
    id: ctx.ids.next(),
    kind: "FOLLOW_UP",
    status: j.reached(settledAt) ? "DONE" : "OPEN",
    dueAt: new Date(dueAt),
    assigneeId: coordinator.id,
    callId: null,
    patientId: j.patient.id,
    note: "Confirm admission date and transport",
    completedAt: j.reached(settledAt) ? new Date(settledAt) : null,
    createdById: reviewer.id,
    createdAt: new Date(reviewAt),
    updatedAt: new Date(Math.min(settledAt, clock.nowMs)),
  });
  if (!verified) {
    if (j.reached(closeAt)) j.notAdmitted(closeAt, coordinator, "Insurance not accepted; self-pay declined");
    return;
  }
  if (!j.reached(verifyAt)) return;
  j.move("INSURANCE_VERIFIED", verifyAt, coordinator);
  j.call({ at: verifyAt + 600_000, direction: "OUTBOUND", disposition: "ASSESSMENT_SCHEDULED" });
  if (!arrives) {
    if (j.reached(closeAt)) j.notAdmitted(closeAt, coordinator, "Did not arrive for admission");
    return;
  }
  if (!j.reached(admitAt)) return;
  j.mrn = `MRN${String(ctx.mrn.next++).padStart(7, "0")}`;
  j.move("ADMITTED", admitAt, coordinator);
  j.touch(admit(ctx, rng, j.patient.id, clock.dayOf(admitAt), level, rng.chance(0.5) ? coordinator : reviewer));
}
