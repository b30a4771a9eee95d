/**
 * Helpers of the care integration tests that build nothing: the center's days, row versions as a
 * form would send them, and a snapshot of what a refused action must leave unchanged. The
 * builders are in tests/factories/care.ts.
 */
import { addDays, type IsoDate } from "@/lib/dates/days";
import { zonedDay } from "@/lib/dates/zone";
import { getDb } from "@/lib/db/client";

export const today = (): IsoDate => zonedDay(new Date());
export const daysAgo = (n: number): IsoDate => addDays(today(), -n);

/** Row counts that must not move when an action is refused (docs/security.md Z9). */
export async function snapshot(patientId: string) {
  const db = await getDb();
  const [episodes, transitions, sessions, events, audits, patient] = await Promise.all([
    db.careEpisode.findMany({
      where: { patientId },
      orderBy: { id: "asc" },
      select: { id: true, status: true, version: true, endDate: true },
    }),
    db.transition.findMany({
      where: { fromEpisode: { patientId } },
      orderBy: { id: "asc" },
      select: { id: true, status: true, version: true },
    }),
    db.attendedSession.count({ where: { patientId } }),
    db.pipelineEvent.count({ where: { patientId } }),
    db.auditEvent.count({ where: { patientId } }),
    db.patient.findUniqueOrThrow({
      where: { id: patientId },
      select: { version: true, pipelineStatus: true, mrn: true },
    }),
  ]);
  return { episodes, transitions, sessions, events, audits, patient };
}

export async function versionOf(model: "patient" | "careEpisode" | "transition", id: string): Promise<string> {
  const db = await getDb();
  const delegate = db[model] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ version: number }> };
  return String((await delegate.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
}
