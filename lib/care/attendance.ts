import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { formatDay } from "@/lib/dates/days";
import { isFollowUpLevel, CARE_LEVEL_LABELS } from "./rules/levels";
import { getDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { zonedDay } from "@/lib/dates/zone";
import { forgetCensusAlertBadge } from "./alert-badge";
import { fromIsoDay, toIsoDay } from "@/lib/dates/db-days";
import { CareRuleError } from "./errors";
import { recordCareActivity } from "./store";
import type { RecordAttendanceInput } from "./schemas";

/**
 * Records an attended IOP / PHP / outpatient session of the patient's open episode: the source of
 * the missed-session alert and of follow-ups after a 24-hour stay. The same day twice is one
 * session (the unique key), reported as already recorded rather than as an error (C2).
 * `care:admit` is the role set that runs episodes (coordinators and clinicians).
 */
export async function recordAttendance(actor: Actor, input: RecordAttendanceInput) {
  assertCan(actor, "care:admit");
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const episode = await tx.careEpisode.findUnique({
      where: { id: input.episodeId },
      select: { id: true, patientId: true, level: true, status: true, startDate: true },
    });
    if (!episode) throw new NotFoundError("That care episode was not found.");
    if (episode.status !== "OPEN")
      throw new CareRuleError("That care episode has ended; attendance is recorded on the patient's current episode.");
    if (!isFollowUpLevel(episode.level)) {
      throw new CareRuleError(
        `Attendance is recorded for PHP, IOP and outpatient sessions, not ${CARE_LEVEL_LABELS[episode.level]} care.`,
      );
    }
    const today = zonedDay(new Date());
    const start = toIsoDay(episode.startDate);
    if (input.date > today) throw ValidationError.field("date", "A session cannot be recorded before it happens.");
    if (input.date < start)
      throw ValidationError.field("date", `The session cannot be before this episode started (${formatDay(start)}).`);
    const { count } = await tx.attendedSession.createMany({
      data: [
        { patientId: episode.patientId, episodeId: episode.id, level: episode.level, date: fromIsoDay(input.date) },
      ],
      skipDuplicates: true,
    });
    if (count === 0) return { patientId: episode.patientId, alreadyRecorded: true };
    await recordCareActivity(tx, episode.patientId);
    await writeAudit(tx, actor, {
      action: "attendance.record",
      entityType: "CareEpisode",
      entityId: episode.id,
      patientId: episode.patientId,
      detail: { level: episode.level },
    });
    return { patientId: episode.patientId, alreadyRecorded: false };
  });
  if (!result.alreadyRecorded) forgetCensusAlertBadge();
  return result;
}
