import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { CallDisposition } from "@/lib/generated/prisma/enums";
import { resolveAssignee } from "./references";

/**
 * Completing a callback logs the outbound call in the same step: the task is
 * closed, the call recorded and linked to the person, and a new callback can be set — together.
 */
export async function completeCallback(
  actor: Actor,
  input: {
    taskId: string;
    clientKey: string;
    disposition: CallDisposition;
    durationMinutes?: number | undefined;
    notes?: string | undefined;
    callbackDueAt?: Date | undefined;
    callbackAssigneeId?: string | undefined;
  },
) {
  assertCan(actor, "callback:write");
  assertCan(actor, "call:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({
      where: { id: input.taskId },
      select: {
        id: true,
        kind: true,
        status: true,
        version: true,
        patientId: true,
        call: { select: { fromNumber: true, phoneLineId: true, callerName: true, referralSourceId: true } },
        patient: { select: { phone: true } },
      },
    });
    if (!task || task.kind !== "CALLBACK") throw new NotFoundError("That callback was not found.");
    if (task.status !== "OPEN") throw new ConflictError("This callback was already completed or cancelled.");
    const number = task.patient?.phone ?? task.call?.fromNumber;
    if (!number)
      throw new ValidationError(
        { form: ["This callback has no phone number to call."] },
        "This callback has no phone number to call.",
      );

    const call = await tx.call.create({
      data: {
        direction: "OUTBOUND",
        source: "MANUAL",
        status: "COMPLETED",
        startedAt: new Date(),
        fromNumber: number,
        phoneLineId: task.call?.phoneLineId ?? null,
        callerName: task.call?.callerName ?? null,
        referralSourceId: task.call?.referralSourceId ?? null,
        disposition: input.disposition,
        notes: input.notes ?? null,
        clientKey: input.clientKey,
        loggedById: actor.id,
        loggedAt: new Date(),
        ...(task.patientId ? { patientId: task.patientId } : {}),
        ...(input.durationMinutes === undefined ? {} : { durationSeconds: Math.round(input.durationMinutes * 60) }),
      },
      select: { id: true },
    });
    const { count } = await tx.task.updateMany({
      where: { id: task.id, version: task.version, status: "OPEN" },
      data: { status: "DONE", completedAt: new Date(), resultCallId: call.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else completed this callback at the same moment.");
    const patient = task.patientId ? { patientId: task.patientId } : {};
    if (task.patientId)
      await tx.patient.update({
        where: { id: task.patientId },
        data: { lastActivityAt: new Date() },
        select: { id: true },
      });
    await writeAudit(tx, actor, {
      action: "callback.complete",
      entityType: "Task",
      entityId: task.id,
      ...patient,
      detail: { callId: call.id },
    });
    await writeAudit(tx, actor, {
      action: "call.log",
      entityType: "Call",
      entityId: call.id,
      ...patient,
      detail: { disposition: input.disposition, callback: true },
    });
    if (input.callbackDueAt) {
      const assigneeId = await resolveAssignee(tx, input.callbackAssigneeId, actor.id);
      const next = await tx.task.create({
        data: {
          kind: "CALLBACK",
          dueAt: input.callbackDueAt,
          assigneeId,
          callId: call.id,
          createdById: actor.id,
          ...patient,
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, { action: "callback.create", entityType: "Task", entityId: next.id, ...patient });
    }
    return { callId: call.id };
  });
}

export async function reassignCallback(actor: Actor, input: { taskId: string; assigneeId: string }) {
  assertCan(actor, "callback:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({
      where: { id: input.taskId },
      select: { id: true, status: true, assigneeId: true, patientId: true },
    });
    if (!task) throw new NotFoundError("That callback was not found.");
    if (task.status !== "OPEN") throw new ConflictError("This callback is already closed.");
    const assigneeId = await resolveAssignee(tx, input.assigneeId, actor.id, "assigneeId");
    await tx.task.update({
      where: { id: task.id },
      data: { assigneeId, version: { increment: 1 } },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "callback.reassign",
      entityType: "Task",
      entityId: task.id,
      ...(task.patientId ? { patientId: task.patientId } : {}),
      detail: { from: task.assigneeId, to: assigneeId },
    });
  });
}
