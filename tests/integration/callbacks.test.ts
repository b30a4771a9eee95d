/**
 * The callback queue's lifecycle: what is in "all" and "mine", in what order, and what completing
 * and reassigning leave behind (the audit rows of docs/security.md L1).
 */
import { describe, expect, it } from "vitest";
import { completeCallback, reassignCallback } from "@/lib/calls/callbacks";
import { listCallbacks } from "@/lib/calls/queries";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { makeCall, makePatient, makeUser } from "@/tests/factories";
import { actorFor } from "./support";

/**
 * Due times in the year 2000, so these callbacks sort ahead of every other test's on the shared
 * database and always fall on the queue's first page.
 */
const longAgo = (minutes: number) => new Date(Date.UTC(2000, 0, 1, 9, 0) + minutes * 60_000);

async function queueOf(minutesAgo: number[]) {
  const db = await getDb();
  const { user } = await makeUser(db, { role: "COORDINATOR" });
  const actor = actorFor(user);
  const patient = await makePatient(db);
  const call = await makeCall(db, { patientId: patient.id });
  const offset = Math.floor(Math.random() * 500_000);
  const tasks = [];
  for (const minutes of minutesAgo) {
    tasks.push(
      await db.task.create({
        data: {
          kind: "CALLBACK",
          dueAt: longAgo(offset + minutes),
          assigneeId: user.id,
          callId: call.id,
          patientId: patient.id,
          createdById: user.id,
        },
        select: { id: true, dueAt: true },
      }),
    );
  }
  return { db, actor, user, tasks };
}

const ids = (list: { tasks: { id: string }[] }, among: { id: string }[]) =>
  list.tasks.map((t) => t.id).filter((id) => among.some((task) => task.id === id));

describe("the callback queue", () => {
  it("is ordered by due time, in 'mine' and in 'all'", async () => {
    const { actor, tasks } = await queueOf([30, 10, 20]);
    const byDue = [tasks[1]!.id, tasks[2]!.id, tasks[0]!.id];
    expect(ids(await listCallbacks(actor, { assigneeId: actor.id }), tasks)).toEqual(byDue);
    expect(ids(await listCallbacks(actor, {}), tasks)).toEqual(byDue);
  });

  it("a completed callback leaves 'all' and 'mine', with one audit row pointing to the logged call", async () => {
    const { db, actor, tasks } = await queueOf([5, 6]);
    const [done, open] = [tasks[0]!, tasks[1]!];
    const { callId } = await completeCallback(actor, {
      taskId: done.id,
      clientKey: crypto.randomUUID(),
      disposition: "VOICEMAIL_LEFT",
    });
    expect(ids(await listCallbacks(actor, { assigneeId: actor.id }), tasks)).toEqual([open.id]);
    expect(ids(await listCallbacks(actor, {}), tasks)).toEqual([open.id]);

    const audit = await db.auditEvent.findMany({ where: { action: "callback.complete", entityId: done.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ callId });
    expect(await db.call.findUniqueOrThrow({ where: { id: callId }, select: { direction: true } })).toEqual({
      direction: "OUTBOUND",
    });
  });

  it("a second completion of the same callback is refused and logs no second call", async () => {
    const { db, actor, tasks } = await queueOf([1]);
    const task = tasks[0]!;
    await completeCallback(actor, { taskId: task.id, clientKey: crypto.randomUUID(), disposition: "NO_ANSWER" });
    const callsBefore = await db.call.count();
    await expect(
      completeCallback(actor, { taskId: task.id, clientKey: crypto.randomUUID(), disposition: "NO_ANSWER" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.call.count()).toBe(callsBefore);
    expect(await db.auditEvent.count({ where: { action: "callback.complete", entityId: task.id } })).toBe(1);
  });

  it("reassigning moves it from one queue to the other and records from and to", async () => {
    const { db, actor, user, tasks } = await queueOf([2]);
    const task = tasks[0]!;
    const { user: colleague } = await makeUser(db, { role: "COORDINATOR" });
    await reassignCallback(actor, { taskId: task.id, assigneeId: colleague.id });
    expect(ids(await listCallbacks(actor, { assigneeId: user.id }), tasks)).toEqual([]);
    expect(ids(await listCallbacks(actorFor(colleague), { assigneeId: colleague.id }), tasks)).toEqual([task.id]);
    const audit = await db.auditEvent.findMany({ where: { action: "callback.reassign", entityId: task.id } });
    expect(audit.map((a) => a.detail)).toEqual([{ from: user.id, to: colleague.id }]);
  });
});
