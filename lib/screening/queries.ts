import { type Actor, assertCan } from "@/lib/auth/actor";
import { seesAllFlags } from "@/lib/safety-flags/rules/visibility";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScreeningStatus } from "@/lib/generated/prisma/enums";

export const REVIEW_QUEUE_PAGE_SIZE = 25;

const LIST_SELECT = {
  id: true,
  status: true,
  createdAt: true,
  submittedAt: true,
  reviewedAt: true,
  safetyRisk: true,
  recommendedLevel: true,
  finalLevel: true,
  patient: { select: { id: true, firstName: true, lastName: true } },
  createdBy: { select: { name: true } },
  _count: { select: { safetyFlags: { where: { status: "OPEN" } } } },
} as const satisfies Prisma.ScreeningSelect;

/**
 * The clinicians' review queue: submitted screenings, safety first (HIGH,
 * MODERATE, LOW — PostgreSQL sorts an enum in its declared order, NONE < … < HIGH) then the
 * oldest submission, paged in the database.
 */
export async function listReviewQueue(actor: Actor, options: { page: number }) {
  assertCan(actor, "screening:read");
  const db = await getDb();
  const page = Math.max(1, Math.floor(options.page));
  const [rows, total] = await Promise.all([
    db.screening.findMany({
      where: { status: "SUBMITTED" },
      orderBy: [{ safetyRisk: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * REVIEW_QUEUE_PAGE_SIZE,
      take: REVIEW_QUEUE_PAGE_SIZE,
      select: LIST_SELECT,
    }),
    db.screening.count({ where: { status: "SUBMITTED" } }),
  ]);
  await recordPhiAccess(actor, {
    action: "screening.list",
    entityType: "Screening",
    detail: { rows: rows.length, queue: true, page },
  });
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / REVIEW_QUEUE_PAGE_SIZE)) };
}

/** A coordinator's own drafts and recent submissions, or everyone's recent decisions. */
export async function listRecentScreenings(
  actor: Actor,
  options: { statuses: ScreeningStatus[]; mine: boolean; take?: number },
) {
  assertCan(actor, "screening:read");
  const db = await getDb();
  const rows = await db.screening.findMany({
    where: { status: { in: options.statuses }, ...(options.mine ? { createdById: actor.id } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: options.take ?? 20,
    select: LIST_SELECT,
  });
  if (rows.length > 0)
    await recordPhiAccess(actor, {
      action: "screening.list",
      entityType: "Screening",
      detail: { rows: rows.length, statuses: options.statuses, mine: options.mine },
    });
  return rows;
}

export async function countAwaitingReview(actor: Actor): Promise<number> {
  assertCan(actor, "screening:read");
  const db = await getDb();
  return db.screening.count({ where: { status: "SUBMITTED" } });
}

/**
 * Open safety flags, highest risk first then the oldest: for the dashboard
 * and the screenings page (everyone), and for one person. Minimum necessary: no names; the link
 * to the screening shows who.
 */
export async function listOpenSafetyFlags(actor: Actor, options: { patientId?: string; take?: number } = {}) {
  assertCan(actor, "screening:read");
  const db = await getDb();
  const where: Prisma.SafetyFlagWhereInput = {
    status: "OPEN",
    ...(options.patientId ? { patientId: options.patientId } : {}),
    // The same scope as the flag worklist (lib/safety-flags/rules/visibility.ts).
    ...(seesAllFlags(actor.role) ? {} : { screening: { createdById: actor.id } }),
  };
  const [flags, total] = await Promise.all([
    db.safetyFlag.findMany({
      where,
      orderBy: [{ risk: "desc" }, { raisedAt: "asc" }, { id: "asc" }],
      take: options.take ?? 50,
      select: {
        id: true,
        risk: true,
        source: true,
        raisedAt: true,
        actionTaken: true,
        screeningId: true,
        patientId: true,
      },
    }),
    db.safetyFlag.count({ where }),
  ]);
  if (flags.length > 0) {
    await recordPhiAccess(actor, {
      action: "safety-flag.list",
      entityType: "SafetyFlag",
      ...(options.patientId ? { patientId: options.patientId } : {}),
      detail: { rows: flags.length },
    });
  }
  return { flags, total };
}

/** One screening with everything its page shows: answers, scores, reasons, review, flags, versions. */
export async function getScreening(actor: Actor, screeningId: string) {
  assertCan(actor, "screening:read");
  const db = await getDb();
  const screening = await db.screening.findUnique({
    where: { id: screeningId },
    select: {
      id: true,
      status: true,
      version: true,
      instrumentSetVersion: true,
      answers: true,
      scores: true,
      safetyRisk: true,
      safetyActionTaken: true,
      cssrsReask: true,
      cssrsReaskedAt: true,
      cssrsReaskedBy: { select: { name: true } },
      recommendedLevel: true,
      recommendationReasons: true,
      finalLevel: true,
      overrideReason: true,
      asamRatings: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      reviewedAt: true,
      amendsId: true,
      amendmentReason: true,
      callId: true,
      call: { select: { id: true, startedAt: true } },
      patient: { select: { id: true, firstName: true, lastName: true, pipelineStatus: true, sexAtBirth: true } },
      createdBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      amendedBy: { select: { id: true } },
      safetyFlags: {
        orderBy: { raisedAt: "asc" },
        select: {
          id: true,
          risk: true,
          source: true,
          status: true,
          raisedAt: true,
          actionTaken: true,
          resolvedAt: true,
          resolution: true,
          resolvedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!screening) throw new NotFoundError("That screening was not found.");
  await recordPhiAccess(actor, {
    action: "screening.view",
    entityType: "Screening",
    entityId: screening.id,
    patientId: screening.patient.id,
  });
  return screening;
}

export type ScreeningDetail = Awaited<ReturnType<typeof getScreening>>;

/** Every version of a screening, oldest first: the amendments history (the versions stay visible). */
export async function listScreeningVersions(actor: Actor, screeningId: string) {
  assertCan(actor, "screening:read");
  const db = await getDb();
  const select = {
    id: true,
    status: true,
    amendsId: true,
    amendmentReason: true,
    reviewedAt: true,
    finalLevel: true,
    reviewedBy: { select: { name: true } },
    amendedBy: { select: { id: true } },
  } as const;
  const start = await db.screening.findUnique({ where: { id: screeningId }, select });
  if (!start) throw new NotFoundError("That screening was not found.");
  const versions = [start];
  for (let back = start.amendsId; back && versions.length < 50;) {
    const row = await db.screening.findUnique({ where: { id: back }, select });
    if (!row) break;
    versions.unshift(row);
    back = row.amendsId;
  }
  for (let forward = start.amendedBy?.id; forward && versions.length < 50;) {
    const row = await db.screening.findUnique({ where: { id: forward }, select });
    if (!row) break;
    versions.push(row);
    forward = row.amendedBy?.id;
  }
  return versions;
}

/** A person's screenings over time, with the scores the trend chart needs. */
export async function listPatientScreenings(actor: Actor, patientId: string) {
  assertCan(actor, "screening:read");
  const db = await getDb();
  const patient = await db.patient.findUnique({
    where: { id: patientId },
    select: { id: true, firstName: true, lastName: true, pipelineStatus: true },
  });
  if (!patient) throw new NotFoundError("That person was not found.");
  const screenings = await db.screening.findMany({
    where: { patientId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      reviewedAt: true,
      scores: true,
      safetyRisk: true,
      recommendedLevel: true,
      finalLevel: true,
      amendsId: true,
    },
  });
  await recordPhiAccess(actor, {
    action: "screening.list",
    entityType: "Screening",
    patientId,
    detail: { rows: screenings.length, history: true },
  });
  return { patient, screenings };
}
