import { getDb, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { ScreeningStatus } from "@/lib/generated/prisma/enums";

const STATUS_WORDS: Record<ScreeningStatus, string> = {
  DRAFT: "is still a draft",
  SUBMITTED: "has been submitted and is waiting for clinical review",
  REVIEWED: "has been signed by a clinician",
  AMENDED: "has been replaced by an amendment",
};

/**
 * A screening for a change: it must exist, be in the expected status and at the version the
 * person saw (docs/security.md C1). The update itself repeats the version and status in its `where`,
 * so a change racing past this check still cannot overwrite.
 */
export async function loadForChange(
  tx: Tx,
  screeningId: string,
  expected: { status: ScreeningStatus; version: number; action: string },
) {
  const screening = await tx.screening.findUnique({
    where: { id: screeningId },
    select: {
      id: true,
      patientId: true,
      callId: true,
      status: true,
      version: true,
      instrumentSetVersion: true,
      answers: true,
      safetyActionTaken: true,
      recommendedLevel: true,
      finalLevel: true,
      submittedAt: true,
      amendsId: true,
      patient: { select: { pipelineStatus: true } },
    },
  });
  if (!screening) throw new NotFoundError("That screening was not found.");
  if (screening.status !== expected.status) {
    throw new ConflictError(
      `This screening ${STATUS_WORDS[screening.status]}, so it cannot be ${expected.action}. Reload the page to see it.`,
    );
  }
  if (screening.version !== expected.version) throw staleVersion();
  return screening;
}

export function staleVersion(): ConflictError {
  return new ConflictError(
    "Someone else saved this screening while you were working. Nothing was saved; reload the page to see their changes, then make yours again.",
  );
}

export type ScreeningForChange = Awaited<ReturnType<typeof loadForChange>>;

/** The guarded write of a change: the screening's fields, its version moved on by one. */
export type ScreeningUpdate = (data: Omit<Prisma.ScreeningUncheckedUpdateManyInput, "version">) => Promise<void>;

/**
 * One change to one screening, in one transaction: the screening loaded for the change (see
 * loadForChange), and `update`, which writes only if the status and version are still the ones
 * the person saw and otherwise refuses the whole change as stale.
 */
export async function changeScreening<T>(
  ref: { screeningId: string; expectedVersion: number },
  expected: { status: ScreeningStatus; action: string },
  change: (tx: Tx, current: ScreeningForChange, update: ScreeningUpdate) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await loadForChange(tx, ref.screeningId, { ...expected, version: ref.expectedVersion });
    const update: ScreeningUpdate = async (data) => {
      const { count } = await tx.screening.updateMany({
        where: { id: current.id, version: ref.expectedVersion, status: expected.status },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw staleVersion();
    };
    return change(tx, current, update);
  });
}
