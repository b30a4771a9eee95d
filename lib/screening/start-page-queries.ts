import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { getDb } from "@/lib/db/client";

/**
 * What the "Start a screening" page shows before starting: the call or the person, and a draft
 * the person already has. Null when the id points at nothing (the page then says so).
 */
export async function getStartContext(actor: Actor, from: { callId?: string; patientId?: string }) {
  assertCan(actor, "screening:write");
  const db = await getDb();
  if (from.callId) {
    const call = await db.call.findUnique({
      where: { id: from.callId },
      select: {
        id: true,
        startedAt: true,
        callerName: true,
        careRecipientName: true,
        callerIsPatient: true,
        patient: { select: { id: true, firstName: true, lastName: true } },
      },
    });
    if (!call) return null;
    const draft = call.patient
      ? await db.screening.findFirst({ where: { patientId: call.patient.id, status: "DRAFT" }, select: { id: true } })
      : null;
    await recordPhiAccess(actor, {
      action: "call.view",
      entityType: "Call",
      entityId: call.id,
      ...(call.patient ? { patientId: call.patient.id } : {}),
    });
    return { kind: "call" as const, call, person: call.patient, draftId: draft?.id ?? null };
  }
  if (!from.patientId) return null;
  const person = await db.patient.findUnique({
    where: { id: from.patientId },
    select: { id: true, firstName: true, lastName: true, pipelineStatus: true },
  });
  if (!person) return null;
  const draft = await db.screening.findFirst({
    where: { patientId: person.id, status: "DRAFT" },
    select: { id: true },
  });
  await recordPhiAccess(actor, {
    action: "patient.view",
    entityType: "Patient",
    entityId: person.id,
    patientId: person.id,
  });
  return { kind: "patient" as const, call: null, person, draftId: draft?.id ?? null };
}

/**
 * Prospects by name, for starting a screening without a call: every word must match the first
 * or the last name. Called from a POST action, so the name never appears in a URL.
 */
export async function findProspects(actor: Actor, name: string) {
  assertCan(actor, "screening:write");
  assertCan(actor, "patient:read");
  const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return [];
  const db = await getDb();
  const people = await db.patient.findMany({
    where: {
      AND: words.map((w) => ({
        OR: [
          { firstName: { contains: w, mode: "insensitive" as const } },
          { lastName: { contains: w, mode: "insensitive" as const } },
          { preferredName: { contains: w, mode: "insensitive" as const } },
        ],
      })),
    },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    take: 10,
    select: { id: true, firstName: true, lastName: true, pipelineStatus: true, createdAt: true },
  });
  await recordPhiAccess(actor, { action: "patient.search", entityType: "Patient", detail: { matches: people.length } });
  return people;
}
