import { describe, expect, it } from "vitest";
import { completeCallback, reassignCallback } from "@/lib/calls/callbacks";
import { linkCall } from "@/lib/calls/link-call";
import { logCall } from "@/lib/calls/log-call";
import { getCall, listCallbacks, listCalls, lookupCaller } from "@/lib/calls/queries";
import { LogCallSchema, UpdateCallSchema } from "@/lib/calls/schemas";
import { updateCall } from "@/lib/calls/update-call";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { normalizePhone } from "@/lib/phone";
import { toZonedLocalInput } from "@/lib/dates/zone";
import { makeCall, makePatient, makePhoneLine, makeReferralSource, makeUser } from "@/tests/factories";
import { actorFor } from "./support";

/**
 * A fictional number (555-01xx in a random area code) that no call or person in this database has
 * yet. The factories draw from the same fictional range, so a number is checked, not assumed
 * fresh: a random pick once collided with a factory call and the repeat-caller test saw two calls.
 */
const AREAS = [
  201, 202, 203, 205, 206, 207, 208, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240,
  248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312,
  313, 314, 315, 316, 317, 318, 319, 320,
];
const handedOut = new Set<string>();
async function freshNumber(): Promise<string> {
  const db = await getDb();
  for (;;) {
    const area = AREAS[Math.floor(Math.random() * AREAS.length)];
    const last = String(Math.floor(Math.random() * 100)).padStart(2, "0");
    const number = `(${area}) 555-01${last}`;
    const e164 = normalizePhone(number)!;
    if (handedOut.has(e164)) continue;
    handedOut.add(e164);
    const [calls, people] = await Promise.all([
      db.call.count({ where: { fromNumber: e164 } }),
      db.patient.count({ where: { phone: e164 } }),
    ]);
    if (calls + people === 0) return number;
  }
}

async function coordinator() {
  const db = await getDb();
  const { user } = await makeUser(db, { role: "COORDINATOR" });
  return { db, actor: actorFor(user) };
}

function form(fields: Record<string, string>) {
  return LogCallSchema.parse({ clientKey: crypto.randomUUID(), disposition: "INFORMATION_ONLY", ...fields });
}

describe("logging a call", () => {
  it("saves a call with only a phone number and a disposition, normalized to E.164, and audits it", async () => {
    const { db, actor } = await coordinator();
    const input = form({ fromNumber: "  (212) 555-0142 ", disposition: "NO_ANSWER" });
    const result = await logCall(actor, input);
    const call = await db.call.findUniqueOrThrow({ where: { id: result.callId } });
    expect(call).toMatchObject({
      fromNumber: "+12125550142",
      disposition: "NO_ANSWER",
      direction: "INBOUND",
      source: "MANUAL",
      loggedById: actor.id,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: result.callId, action: "call.log" } });
    expect(JSON.stringify(audit.detail)).not.toContain("212");
  });

  it("a double submit logs one call (C2)", async () => {
    const { db, actor } = await coordinator();
    const input = form({ fromNumber: await freshNumber() });
    const [a, b] = await Promise.all([logCall(actor, input), logCall(actor, input)]);
    expect(a.callId).toBe(b.callId);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await db.call.count({ where: { clientKey: input.clientKey } })).toBe(1);
  });

  it("creates a prospect for the person needing care, with contact preferences, and a callback task", async () => {
    const { db, actor } = await coordinator();
    const source = await makeReferralSource(db);
    const due = toZonedLocalInput(new Date(Date.now() + 3_600_000));
    const input = form({
      fromNumber: await freshNumber(),
      callerName: "Jordan Rivera",
      callerRelation: "FAMILY_OR_FRIEND",
      careFor: "OTHER",
      careRecipientName: "Sam Rivera",
      reason: "SUBSTANCE_USE",
      referralSourceId: source.id,
      okToLeaveVoicemail: "on",
      disposition: "CALLBACK_REQUESTED",
      callbackDueAt: due,
      createProspect: "on",
    });
    const result = await logCall(actor, input);
    const patient = await db.patient.findUniqueOrThrow({ where: { id: result.patientId! } });
    expect(patient).toMatchObject({
      firstName: "Sam",
      lastName: "Rivera",
      phone: null,
      okToLeaveVoicemail: true,
      okToNameCenter: false,
      pipelineStatus: "INQUIRY",
      referralSourceId: source.id,
    });
    const task = await db.task.findFirstOrThrow({ where: { callId: result.callId } });
    expect(task).toMatchObject({ kind: "CALLBACK", status: "OPEN", assigneeId: actor.id, patientId: patient.id });
    expect(
      await db.auditEvent.count({
        where: { actorId: actor.id, action: { in: ["call.log", "patient.create", "callback.create"] } },
      }),
    ).toBe(3);
  });

  it("refuses bad input with field errors and writes nothing (V2)", async () => {
    for (const [fields, field] of [
      [{ fromNumber: "12" }, "fromNumber"],
      [{ fromNumber: "(212) 555-0142", notes: "x".repeat(1_000_000) }, "notes"],
      [{ fromNumber: "(212) 555-0142", callerName: "Eve\u0000" }, "callerName"],
      [{ fromNumber: "(212) 555-0142", disposition: "CALLBACK_REQUESTED" }, "callbackDueAt"],
      [{ fromNumber: "(212) 555-0142", loggedById: crypto.randomUUID() }, "loggedById"],
    ] as const) {
      const parsed = LogCallSchema.safeParse({
        clientKey: crypto.randomUUID(),
        disposition: "INFORMATION_ONLY",
        ...fields,
      });
      expect(parsed.success, field).toBe(false);
      if (!parsed.success)
        expect(parsed.error.issues.map((i) => i.path.join(".") || ("keys" in i ? i.keys.join() : ""))).toContain(field);
    }
  });

  it("refuses a foreign referral source or an inactive line on the field (Z2)", async () => {
    const { db, actor } = await coordinator();
    const inactive = await makePhoneLine(db, { active: false });
    await expect(
      logCall(actor, form({ fromNumber: await freshNumber(), referralSourceId: crypto.randomUUID() })),
    ).rejects.toMatchObject({ fieldErrors: { referralSourceId: expect.any(Array) } });
    await expect(
      logCall(actor, form({ fromNumber: await freshNumber(), phoneLineId: inactive.id })),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("a clinician cannot log a call (role map)", async () => {
    const db = await getDb();
    const { user } = await makeUser(db, { role: "CLINICIAN" });
    const input = form({ fromNumber: await freshNumber() });
    await expect(logCall(actorFor(user), input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.call.count({ where: { clientKey: input.clientKey } })).toBe(0);
  });

  it("merges a hand-logged call into the phone system's unlogged call from the same number", async () => {
    const { db, actor } = await coordinator();
    const number = await freshNumber();
    const captured = await makeCall(db, {
      source: "TELEPHONY",
      status: "COMPLETED",
      disposition: null,
      loggedAt: null,
      fromNumber: normalizePhone(number)!,
      startedAt: new Date(Date.now() - 5 * 60_000),
      durationSeconds: 300,
      telephonySid: `CA${crypto.randomUUID().replaceAll("-", "")}`,
    });
    const result = await logCall(
      actor,
      form({ fromNumber: number, callerName: "Taylor", disposition: "SCREENING_STARTED" }),
    );
    expect(result).toMatchObject({ callId: captured.id, merged: true });
    const call = await db.call.findUniqueOrThrow({ where: { id: captured.id } });
    expect(call).toMatchObject({
      disposition: "SCREENING_STARTED",
      callerName: "Taylor",
      durationSeconds: 300,
      source: "TELEPHONY",
      startedAt: captured.startedAt,
    });
    expect(await db.call.count({ where: { fromNumber: normalizePhone(number)! } })).toBe(1);
  });
});

describe("editing a call", () => {
  it("saves with the current version and refuses a stale one, naming what changed (C1)", async () => {
    const { db, actor } = await coordinator();
    const { callId } = await logCall(actor, form({ fromNumber: await freshNumber(), callerName: "Casey" }));
    const call = await getCall(actor, callId);
    const base = { callId, fromNumber: call.fromNumber, disposition: "INFORMATION_ONLY", callerName: "Casey" };
    const first = UpdateCallSchema.parse({
      ...base,
      expectedVersion: String(call.version),
      notes: "Asked about IOP evening track",
    });
    const second = UpdateCallSchema.parse({
      ...base,
      expectedVersion: String(call.version),
      disposition: "ASSESSMENT_SCHEDULED",
    });
    const results = await Promise.allSettled([updateCall(actor, first), updateCall(actor, second)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(ConflictError);
    const saved = await db.call.findUniqueOrThrow({ where: { id: callId } });
    expect(saved.version).toBe(call.version + 1);
    // A third edit from the old version differs from whichever save won (the race decides which).
    const third = UpdateCallSchema.parse({
      ...base,
      expectedVersion: String(call.version),
      disposition: "NOT_A_FIT",
      notes: "Third person's note",
    });
    const stale = await updateCall(actor, third).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).changedFields.length).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { entityId: callId, action: "call.update" } })).toBe(1);
  });

  it("links a call to a new prospect made from it", async () => {
    const { db, actor } = await coordinator();
    const { callId } = await logCall(actor, form({ fromNumber: await freshNumber(), callerName: "Robin Lee" }));
    const { patientId } = await linkCall(actor, { callId, createProspect: true });
    expect((await db.call.findUniqueOrThrow({ where: { id: callId } })).patientId).toBe(patientId);
    expect((await db.patient.findUniqueOrThrow({ where: { id: patientId } })).firstName).toBe("Robin");
  });
});

describe("repeat callers and the calls list", () => {
  it("finds earlier calls and the person behind a number, with contact preferences", async () => {
    const { db, actor } = await coordinator();
    const number = await freshNumber();
    const patient = await makePatient(db, { phone: normalizePhone(number)!, okToText: true });
    // The form pre-fills the person's preferences; what the coordinator submits becomes current.
    await logCall(actor, form({ fromNumber: number, patientId: patient.id, okToText: "on", okToLeaveVoicemail: "on" }));
    const found = await lookupCaller(actor, number);
    expect(found?.calls).toHaveLength(1);
    expect(found?.people[0]).toMatchObject({
      id: patient.id,
      okToText: true,
      okToLeaveVoicemail: true,
      okToNameCenter: false,
    });
    expect(await lookupCaller(actor, "12")).toBeNull();
  });

  it("pages with a stable keyset under inserts and filters in the database", async () => {
    const { db, actor } = await coordinator();
    const line = await makePhoneLine(db);
    const t0 = Date.now() - 3_600_000;
    for (let i = 0; i < 55; i++)
      await makeCall(db, {
        phoneLineId: line.id,
        startedAt: new Date(t0 + i * 1000),
        disposition: i % 2 ? "NO_ANSWER" : "INFORMATION_ONLY",
      });
    const first = await listCalls(actor, { line: line.id });
    expect(first.calls).toHaveLength(50);
    expect(first.nextCursor).toBeDefined();
    // A new call arriving between pages does not shift the second page.
    await makeCall(db, { phoneLineId: line.id, startedAt: new Date() });
    const second = await listCalls(actor, { line: line.id, after: first.nextCursor });
    expect(second.calls).toHaveLength(5);
    expect(new Set([...first.calls, ...second.calls].map((c) => c.id)).size).toBe(55);
    const noAnswer = await listCalls(actor, { line: line.id, disposition: "NO_ANSWER" });
    expect(noAnswer.calls.every((c) => c.disposition === "NO_ANSWER")).toBe(true);
    expect(noAnswer.calls).toHaveLength(27);
  });
});

describe("callbacks", () => {
  it("lists mine by due time; completing logs the outbound call in one step; reassigning moves it", async () => {
    const { db, actor } = await coordinator();
    const { user: other } = await makeUser(db, { role: "COORDINATOR" });
    const number = await freshNumber();
    const logged = await logCall(
      actor,
      form({
        fromNumber: number,
        disposition: "CALLBACK_REQUESTED",
        callbackDueAt: toZonedLocalInput(new Date(Date.now() - 600_000)),
        createProspect: "on",
        callerName: "Kim Park",
      }),
    );
    const { tasks: mine } = await listCallbacks(actor, { assigneeId: actor.id });
    const task = mine.find((t) => t.call?.id === logged.callId)!;
    expect(task).toBeDefined();
    await reassignCallback(actor, { taskId: task.id, assigneeId: other.id });
    expect((await listCallbacks(actor, { assigneeId: actor.id })).tasks.some((t) => t.id === task.id)).toBe(false);
    const { callId } = await completeCallback(actor, {
      taskId: task.id,
      clientKey: crypto.randomUUID(),
      disposition: "ASSESSMENT_SCHEDULED",
    });
    const outbound = await db.call.findUniqueOrThrow({ where: { id: callId } });
    expect(outbound).toMatchObject({
      direction: "OUTBOUND",
      patientId: logged.patientId,
      disposition: "ASSESSMENT_SCHEDULED",
    });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "DONE",
      resultCallId: callId,
    });
    await expect(
      completeCallback(actor, { taskId: task.id, clientKey: crypto.randomUUID(), disposition: "NO_ANSWER" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
