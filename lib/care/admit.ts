import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { checkAdmissionFromPipeline, movePipeline } from "@/lib/pipeline/rules/moves";
import { writePipelineMove } from "@/lib/pipeline/write-move";
import type { AdmitInput } from "./schemas";
import type { Tx } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { assertVersion, decideCare, inPatientCare } from "./care-transaction";
import { loadProgramRef, writeCareEffects } from "./store";
import { CareRuleError } from "./errors";
import { nextMrnAfter } from "./rules/mrn";

/** Serializes MRN assignment (admissions are a few a day; a sequence would need a migration). */
const MRN_LOCK = 4242005;

/**
 * The next MRN, under a transaction-scoped advisory lock so two admissions never pick the same
 * number; the unique index on Patient.mrn stays the guarantee. Fixed-width numbers sort as text,
 * so the highest one is the last entry of that index.
 */
async function assignMrn(tx: Tx): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MRN_LOCK})`;
  const rows = await tx.$queryRaw<{ mrn: string }[]>`
    SELECT "mrn" FROM "Patient" WHERE "mrn" ~ '^MRN[0-9]{7}$' ORDER BY "mrn" DESC LIMIT 1`;
  return nextMrnAfter(rows[0]?.mrn ?? null);
}

/**
 * Admits a prospect: opens a care episode at a level and program, with the
 * program's default length unless given, assigns an MRN on the first admission, and moves the
 * pipeline to ADMITTED — one transaction, one audit row. A former patient (already ADMITTED,
 * nothing open) is re-admitted without a pipeline move and keeps their MRN.
 */
export async function admitPatient(actor: Actor, input: AdmitInput) {
  assertCan(actor, "care:admit");
  return inPatientCare(
    async () => input.patientId,
    "That patient was not found.",
    async (tx, care, today) => {
      assertVersion(care.patient.version, input.expectedVersion, "patient");
      const pipeline = checkAdmissionFromPipeline(care.patient.pipelineStatus);
      if (!pipeline.ok) throw new CareRuleError(pipeline.reason);
      const program = await loadProgramRef(tx, input.programId);
      if (!program) throw ValidationError.field("programId", "Choose a program.");
      const effects = decideCare(
        care,
        {
          type: "admit",
          level: input.level,
          program,
          startDate: input.startDate,
          ...(input.expectedLengthDays === undefined ? {} : { expectedLengthDays: input.expectedLengthDays }),
        },
        today,
      );
      const from = care.patient.pipelineStatus;
      const move = pipeline.movesPipeline
        ? movePipeline(
            { status: from, notAdmittedReason: null, referredOutTo: null, hasOpenEpisode: false },
            { to: "ADMITTED", admission: true },
          )
        : null;
      if (move && !move.ok) throw new CareRuleError(move.reason);
      const mrn = care.patient.mrn ?? (await assignMrn(tx));
      const unchanged = { version: input.expectedVersion };
      const written = move
        ? await writePipelineMove(tx, actor, care.patient.id, move, { unchanged, alsoSet: { mrn } })
        : (
            await tx.patient.updateMany({
              where: { id: care.patient.id, ...unchanged },
              data: { mrn, lastActivityAt: new Date(), version: { increment: 1 } },
            })
          ).count > 0;
      if (!written)
        throw new ConflictError(
          "Someone else changed this patient at the same moment. Nothing was saved; reload the page and try again.",
        );
      await writeCareEffects(tx, actor, care.patient.id, care, effects);
      const opened = effects.find((e) => e.type === "episodeOpened");
      const episodeId = opened?.type === "episodeOpened" ? opened.episode.id : null;
      await writeAudit(tx, actor, {
        action: "episode.admit",
        entityType: "CareEpisode",
        ...(episodeId ? { entityId: episodeId } : {}),
        patientId: care.patient.id,
        detail: {
          level: input.level,
          programId: program.id,
          mrnAssigned: care.patient.mrn === null,
          pipelineFrom: move ? from : null,
        },
      });
      return { patientId: care.patient.id, episodeId, mrn };
    },
  );
}
