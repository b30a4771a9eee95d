import "server-only";
/**
 * The patient page: the record, the care episodes with their transitions,
 * the recent sessions of the open episode, and the timeline — one audited read (`patient.view`).
 * What the viewer may do is decided by the page from the role map; what is legal, by the rules.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { expectedStayProgress } from "@/lib/care/rules/alerts";
import { checkAdmissionFromPipeline } from "@/lib/pipeline/rules/moves";
import { isActiveTransitionStatus } from "@/lib/care/rules/levels";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { env } from "@/lib/env";
import { zonedDay } from "@/lib/dates/zone";
import { toIsoDay, toIsoDayOrNull } from "@/lib/dates/db-days";
import { patientTimeline } from "./timeline";
import { PATIENT_EDITABLE_SELECT } from "./update-patient";

const EPISODES_SHOWN = 30;

export async function getPatientPage(actor: Actor, patientId: string) {
  assertCan(actor, "patient:read");
  const db = await getDb();
  const patient = await db.patient.findUnique({
    where: { id: patientId },
    select: {
      ...PATIENT_EDITABLE_SELECT,
      mrn: true,
      pipelineStatus: true,
      pipelineChangedAt: true,
      lastActivityAt: true,
      notAdmittedReason: true,
      referredOutTo: true,
      referralSource: { select: { name: true } },
      _count: { select: { safetyFlags: { where: { status: "OPEN" } } } },
    },
  });
  if (!patient) throw new NotFoundError("That patient was not found.");
  const today = zonedDay(new Date());
  const [episodeRows, timeline] = await Promise.all([
    db.careEpisode.findMany({
      where: { patientId },
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
      take: EPISODES_SHOWN,
      select: {
        id: true,
        version: true,
        level: true,
        status: true,
        startDate: true,
        expectedEndDate: true,
        endDate: true,
        dischargeReason: true,
        program: { select: { name: true } },
        sessions: { orderBy: { date: "desc" }, take: 5, select: { date: true } },
        outgoingTransitions: {
          orderBy: { createdAt: "desc" },
          take: 5,
          select: {
            id: true,
            version: true,
            kind: true,
            status: true,
            toLevel: true,
            plannedDate: true,
            track: true,
            scheduleDays: true,
            statusReason: true,
            toProgram: { select: { name: true } },
          },
        },
      },
    }),
    patientTimeline(db, patientId, env().CENTER_TIME_ZONE),
  ]);
  const episodes = episodeRows.map((e) => {
    const startDate = toIsoDay(e.startDate);
    const expectedEndDate = toIsoDay(e.expectedEndDate);
    return {
      id: e.id,
      version: e.version,
      level: e.level,
      status: e.status,
      programName: e.program.name,
      startDate,
      expectedEndDate,
      endDate: toIsoDayOrNull(e.endDate),
      dischargeReason: e.dischargeReason,
      progress: e.status === "OPEN" ? expectedStayProgress(startDate, expectedEndDate, today) : null,
      recentSessions: e.sessions.map((s) => toIsoDay(s.date)),
      transitions: e.outgoingTransitions.map((t) => ({
        id: t.id,
        version: t.version,
        kind: t.kind,
        status: t.status,
        toLevel: t.toLevel,
        toProgramName: t.toProgram?.name ?? null,
        plannedDate: toIsoDay(t.plannedDate),
        track: t.track,
        scheduleDays: t.scheduleDays,
        statusReason: t.statusReason,
      })),
    };
  });
  const openEpisode = episodes.find((e) => e.status === "OPEN") ?? null;
  // A planned/confirmed transition, from the open episode or one the patient already left.
  const active =
    episodes.flatMap((e) =>
      e.transitions.filter((t) => isActiveTransitionStatus(t.status)).map((t) => ({ ...t, fromEpisode: e })),
    )[0] ?? null;
  const admission = checkAdmissionFromPipeline(patient.pipelineStatus);
  await recordPhiAccess(actor, {
    action: "patient.view",
    entityType: "Patient",
    entityId: patient.id,
    patientId: patient.id,
  });
  return {
    today,
    patient: {
      ...patient,
      dateOfBirth: toIsoDayOrNull(patient.dateOfBirth),
      openSafetyFlags: patient._count.safetyFlags,
    },
    episodes,
    openEpisode,
    activeTransition: active,
    /** Admission is possible by pipeline stage and nothing open or pending; the rules re-check. */
    canBeAdmitted: admission.ok && openEpisode === null && active === null,
    admissionBlockedReason: admission.ok ? null : admission.reason,
    timeline,
  };
}
