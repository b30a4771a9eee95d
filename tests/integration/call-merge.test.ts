/**
 * A hand-logged call merged into the call the phone system captured (docs/telephony.md): the match
 * window's edges on both sides, and a double submit — one after the other and at the same moment —
 * that must leave one call, one prospect and the same id (docs/security.md C2).
 */
import { describe, expect, it } from "vitest";
import { logCall } from "@/lib/calls/log-call";
import { LogCallSchema } from "@/lib/calls/schemas";
import { getDb } from "@/lib/db/client";
import { findUnloggedTelephonyMatch, UNLOGGED_MATCH_WINDOW_MS } from "@/lib/telephony/unlogged-match";
import { makeCall, makeUser } from "@/tests/factories";
import { actorFor } from "./support";

const AREAS = [201, 202, 212, 213, 305, 312, 404, 415, 503, 617, 702, 713, 808, 917];

/** A fictional 555-01xx number (E.164) that no call or person in this database has yet. */
async function uniqueNumber(): Promise<string> {
  const db = await getDb();
  for (;;) {
    const area = AREAS[Math.floor(Math.random() * AREAS.length)];
    const number = `+1${area}55501${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
    const [calls, people] = await Promise.all([
      db.call.count({ where: { fromNumber: number } }),
      db.patient.count({ where: { phone: number } }),
    ]);
    if (calls + people === 0) return number;
  }
}

async function captured(startedAt: Date, number?: string) {
  const fromNumber = number ?? (await uniqueNumber());
  const db = await getDb();
  const call = await makeCall(db, {
    source: "TELEPHONY",
    status: "COMPLETED",
    disposition: null,
    loggedAt: null,
    fromNumber,
    startedAt,
    durationSeconds: 120,
    telephonySid: `CA${crypto.randomUUID().replaceAll("-", "")}`,
  });
  return { db, call, fromNumber };
}

describe("the match window for a captured call", () => {
  const around = new Date("2026-06-01T15:00:00.000Z");
  it.each([
    ["15 minutes before, exactly", -UNLOGGED_MATCH_WINDOW_MS, true],
    ["one millisecond more than 15 minutes before", -UNLOGGED_MATCH_WINDOW_MS - 1, false],
    ["15 minutes after, exactly", UNLOGGED_MATCH_WINDOW_MS, true],
    ["one millisecond more than 15 minutes after", UNLOGGED_MATCH_WINDOW_MS + 1, false],
    ["at the same moment", 0, true],
  ])("a call captured %s (%i ms) matches: %s", async (_name, offset, matches) => {
    const { db, call, fromNumber } = await captured(new Date(around.getTime() + offset));
    const match = await findUnloggedTelephonyMatch(db, { fromNumber, around });
    expect(match?.id ?? null).toBe(matches ? call.id : null);
  });

  it("is 15 minutes on each side", () => {
    expect(UNLOGGED_MATCH_WINDOW_MS).toBe(15 * 60_000);
  });

  it("takes the closest of two captured calls", async () => {
    const fromNumber = await uniqueNumber();
    await captured(new Date(around.getTime() - 10 * 60_000), fromNumber);
    const { call: closer } = await captured(new Date(around.getTime() + 4 * 60_000), fromNumber);
    const match = await findUnloggedTelephonyMatch(await getDb(), { fromNumber, around });
    expect(match?.id).toBe(closer.id);
  });
});

describe("a double submit into a captured call", () => {
  async function setUp() {
    const { db, call, fromNumber } = await captured(new Date(Date.now() - 2 * 60_000));
    const { user } = await makeUser(db, { role: "COORDINATOR" });
    const input = LogCallSchema.parse({
      clientKey: crypto.randomUUID(),
      fromNumber,
      disposition: "SCREENING_STARTED",
      createProspect: "on",
      callerName: "Rowan Ellery",
    });
    return { db, call, fromNumber, actor: actorFor(user), input };
  }

  async function expectOneCallAndOneProspect(db: Awaited<ReturnType<typeof getDb>>, fromNumber: string) {
    expect(await db.call.count({ where: { fromNumber } })).toBe(1);
    expect(await db.patient.count({ where: { phone: fromNumber } })).toBe(1);
  }

  it("one after the other: the second returns the first call, and the call keeps the form's key", async () => {
    const { db, call, fromNumber, actor, input } = await setUp();
    const first = await logCall(actor, input);
    const second = await logCall(actor, input);
    expect(first).toMatchObject({ callId: call.id, merged: true, duplicate: false });
    expect(second).toMatchObject({ callId: call.id, patientId: first.patientId, duplicate: true });
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).clientKey).toBe(input.clientKey);
    await expectOneCallAndOneProspect(db, fromNumber);
    expect(await db.auditEvent.count({ where: { entityId: call.id, action: "call.log-captured" } })).toBe(1);
  });

  it("at the same moment: both get the same call, and one prospect is made", async () => {
    const { db, call, fromNumber, actor, input } = await setUp();
    const results = await Promise.all([logCall(actor, input), logCall(actor, input)]);
    expect(results.map((r) => r.callId)).toEqual([call.id, call.id]);
    expect(results.filter((r) => r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.patientId)).size).toBe(1);
    await expectOneCallAndOneProspect(db, fromNumber);
    expect(await db.auditEvent.count({ where: { entityId: call.id, action: "call.log-captured" } })).toBe(1);
  });
});
