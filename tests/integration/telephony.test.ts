import { randomBytes } from "node:crypto";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as statusWebhook } from "@/app/api/telephony/status/route";
import { POST as voiceWebhook } from "@/app/api/telephony/voice/route";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { ANONYMOUS_CALLER } from "@/lib/telephony/rules/numbers";
import { TELEPHONY_ACTOR_LABEL } from "@/lib/telephony/record-inbound-call";
import { findUnloggedTelephonyMatch, UNLOGGED_MATCH_WINDOW_MS } from "@/lib/telephony/unlogged-match";
import { makeCall, makePatient, makePhoneLine, makeUser } from "@/tests/factories";

// Before anything reads the configuration (env() is read lazily and cached).
const AUTH_TOKEN = "test-twilio-auth-token-0123456789ab";
const BASE_URL = "https://intake.example.test";
process.env.TWILIO_AUTH_TOKEN = AUTH_TOKEN;
process.env.TWILIO_WEBHOOK_BASE_URL = BASE_URL;
resetEnvCache();

const VOICE_URL = `${BASE_URL}/api/telephony/voice`;
const STATUS_URL = `${BASE_URL}/api/telephony/status`;
/** The request id that the trigger installed below refuses to audit (docs/security.md L2 test). */
const FAILING_AUDIT_REQUEST_ID = "telephony-test-audit-fails";

type Params = Record<string, string>;

const newCallSid = () => `CA${randomBytes(16).toString("hex")}`;
const ACCOUNT_SID = `AC${"0".repeat(32)}`;

/** A caller number unlikely to be used by another test or file (212-555-xxxx is fictional). */
const newCallerNumber = () => `+1212555${String(1000 + Math.floor(Math.random() * 9000))}`;

interface Delivery {
  /** The URL the request arrives on; defaults to the public one (as behind a proxy it would not). */
  requestUrl?: string;
  /** The URL the signature covers; defaults to the public one. */
  signedUrl?: string;
  token?: string;
  signature?: string | null;
  headers?: Record<string, string>;
  body?: string;
}

function deliver(
  handler: (request: Request) => Promise<Response>,
  publicUrl: string,
  params: Params,
  options: Delivery = {},
): Promise<Response> {
  const signature =
    options.signature === undefined
      ? getExpectedTwilioSignature(options.token ?? AUTH_TOKEN, options.signedUrl ?? publicUrl, params)
      : options.signature;
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    "user-agent": "TwilioProxy/1.1",
    ...options.headers,
  };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  return handler(
    new Request(options.requestUrl ?? publicUrl, {
      method: "POST",
      headers,
      body: options.body ?? new URLSearchParams(params).toString(),
    }),
  );
}

const voice = (params: Params, options?: Delivery) => deliver(voiceWebhook, VOICE_URL, params, options);
const status = (params: Params, options?: Delivery) => deliver(statusWebhook, STATUS_URL, params, options);

async function setup(lineOverrides: Parameters<typeof makePhoneLine>[1] = {}) {
  const db = await getDb();
  const line = await makePhoneLine(db, { forwardTo: "+12125550142", ...lineOverrides });
  const callSid = newCallSid();
  const from = newCallerNumber();
  const incoming: Params = {
    CallSid: callSid,
    AccountSid: ACCOUNT_SID,
    From: from,
    To: line.number,
    CallStatus: "ringing",
    Direction: "inbound",
    ApiVersion: "2010-04-01",
    CallerCity: "NEW YORK",
  };
  const callback = (extra: Params): Params => ({
    CallSid: callSid,
    AccountSid: ACCOUNT_SID,
    From: from,
    To: line.number,
    Direction: "inbound",
    ...extra,
  });
  const rows = () => db.call.findMany({ where: { telephonySid: callSid } });
  return { db, line, callSid, from, incoming, callback, rows };
}

describe("voice webhook: authentication (403, nothing stored)", () => {
  it("refuses a missing signature", async () => {
    const { incoming, rows } = await setup();
    const response = await voice(incoming, { signature: null });
    expect(response.status).toBe(403);
    expect(await rows()).toHaveLength(0);
  });

  it.each<[string, Delivery]>([
    ["a signature made with another token", { token: "not-the-auth-token" }],
    ["a garbage signature", { signature: "bm9wZQ==" }],
    // A request signed for another URL (say a staging deployment) replayed with a matching Host header.
    [
      "a signature for the Host the request claims",
      { requestUrl: "https://evil.example/api/telephony/voice", signedUrl: "https://evil.example/api/telephony/voice" },
    ],
    ["a signature for the other endpoint", { signedUrl: STATUS_URL }],
  ])("refuses %s", async (_, options) => {
    const { incoming, rows } = await setup();
    const response = await voice(incoming, options);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(incoming.From);
    expect(await rows()).toHaveLength(0);
  });

  it("refuses parameters changed after signing", async () => {
    const { incoming, rows } = await setup();
    const signature = getExpectedTwilioSignature(AUTH_TOKEN, VOICE_URL, incoming);
    const response = await voice({ ...incoming, From: "+12125559999" }, { signature });
    expect(response.status).toBe(403);
    expect(await rows()).toHaveLength(0);
  });

  it("answers 503 and stores nothing while TWILIO_AUTH_TOKEN is unset", async () => {
    const { incoming, rows } = await setup();
    delete process.env.TWILIO_AUTH_TOKEN;
    resetEnvCache();
    try {
      const response = await voice(incoming);
      expect(response.status).toBe(503);
      expect(await status({ CallSid: incoming.CallSid!, CallStatus: "completed" })).toHaveProperty("status", 503);
    } finally {
      process.env.TWILIO_AUTH_TOKEN = AUTH_TOKEN;
      resetEnvCache();
    }
    expect(await rows()).toHaveLength(0);
  });

  it("accepts a request that reached the app on an internal address, signed for the public URL", async () => {
    const { incoming, rows } = await setup();
    const response = await voice(incoming, { requestUrl: "http://10.0.0.5:3000/api/telephony/voice" });
    expect(response.status).toBe(200);
    expect(await rows()).toHaveLength(1);
  });

  it("covers the query string the number was configured with", async () => {
    const { incoming, rows } = await setup();
    const url = `${VOICE_URL}?source=main-line`;
    expect((await voice(incoming, { requestUrl: url, signedUrl: url })).status).toBe(200);
    expect(
      (await voice({ ...incoming, CallSid: newCallSid() }, { requestUrl: `${url}x`, signedUrl: url })).status,
    ).toBe(403);
    expect(await rows()).toHaveLength(1);
  });
});

describe("voice webhook: bad requests store nothing", () => {
  it("413 for a body over 64 KB", async () => {
    const { incoming, rows } = await setup();
    const big = { ...incoming, Padding: "x".repeat(70_000) };
    const response = await voice(big);
    expect(response.status).toBe(413);
    expect(await rows()).toHaveLength(0);
  });

  it("415 for a JSON body", async () => {
    const { incoming, rows } = await setup();
    const response = await voice(incoming, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify(incoming),
    });
    expect(response.status).toBe(415);
    expect(await rows()).toHaveLength(0);
  });

  it("400 with field names for signed but malformed parameters", async () => {
    const { incoming, line, db } = await setup();
    const response = await voice({ ...incoming, CallSid: "CAnot-a-sid" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fieldErrors: { CallSid: expect.any(Array) } });
    expect(await db.call.count({ where: { phoneLineId: line.id } })).toBe(0);
  });
});

describe("voice webhook: unknown lines", () => {
  it("rejects a call to a number that is not a center line and stores nothing", async () => {
    const { incoming, rows } = await setup();
    const response = await voice({ ...incoming, To: "+12125550199" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/xml/);
    expect(await response.text()).toContain('<Reject reason="rejected"/>');
    expect(await rows()).toHaveLength(0);
  });

  it("rejects a call to a deactivated line", async () => {
    const { incoming, rows } = await setup({ active: false });
    expect(await (await voice(incoming)).text()).toContain("<Reject");
    expect(await rows()).toHaveLength(0);
  });
});

describe("voice webhook: capturing the call", () => {
  it("the first delivery creates one ringing, unlogged call and answers TwiML that dials the desk", async () => {
    const { db, line, incoming, from, rows } = await setup();
    const before = Date.now();
    const response = await voice(incoming, { headers: { "x-request-id": "req-voice-1" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/xml/);
    const xml = await response.text();
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Dial answerOnBridge="true" timeout="30"><Number>+12125550142</Number></Dial></Response>',
    );

    const [call, ...others] = await rows();
    expect(others).toHaveLength(0);
    expect(call).toMatchObject({
      source: "TELEPHONY",
      status: "RINGING",
      direction: "INBOUND",
      fromNumber: from,
      phoneLineId: line.id,
      disposition: null,
      loggedAt: null,
      loggedById: null,
      telephonySeq: null,
      durationSeconds: null,
    });
    expect(call!.startedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const audits = await db.auditEvent.findMany({ where: { entityType: "Call", entityId: call!.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "call.telephony-received",
      actorId: null,
      actorLabel: TELEPHONY_ACTOR_LABEL,
      requestId: "req-voice-1",
      outcome: "SUCCESS",
    });
    expect(JSON.stringify(audits[0]!.detail)).not.toContain(from.slice(2));
  });

  it("a retried delivery of the same CallSid creates no second row and no second audit", async () => {
    const { db, incoming, rows } = await setup();
    const first = await voice(incoming);
    const retry = await voice(incoming);
    expect(await retry.text()).toBe(await first.text());
    const calls = await rows();
    expect(calls).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: calls[0]!.id } })).toBe(1);
  });

  it("parallel deliveries of the same CallSid still make one row (C2)", async () => {
    const { incoming, rows } = await setup();
    const responses = await Promise.all([voice(incoming), voice(incoming), voice(incoming)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await rows()).toHaveLength(1);
  });

  it("a line without a desk number gets a polite message and a hangup; the call is still stored", async () => {
    const { incoming, rows } = await setup({ forwardTo: null });
    const xml = await (await voice(incoming)).text();
    expect(xml).toMatch(/<Response><Say language="en-US">[^<]+<\/Say><Hangup\/><\/Response>$/);
    expect(xml).not.toContain("<Dial");
    expect(await rows()).toHaveLength(1);
  });

  it.each(["anonymous", "+266696687", "", "client:alice"])(
    "stores a withheld caller ID %j as the anonymous placeholder",
    async (from) => {
      const { incoming, rows } = await setup();
      expect((await voice({ ...incoming, From: from })).status).toBe(200);
      expect((await rows())[0]?.fromNumber).toBe(ANONYMOUS_CALLER);
    },
  );

  it("the audit row commits with the call or not at all (L2)", async () => {
    const { db, incoming, callback, rows } = await setup();
    await db.$executeRaw`CREATE OR REPLACE FUNCTION "telephony_test_fail_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."requestId" = 'telephony-test-audit-fails' THEN RAISE EXCEPTION 'audit refused by test'; END IF;
        RETURN NEW;
      END $$`;
    await db.$executeRaw`DROP TRIGGER IF EXISTS "telephony_test_fail_audit" ON "AuditEvent"`;
    await db.$executeRaw`CREATE TRIGGER "telephony_test_fail_audit" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "telephony_test_fail_audit"()`;
    try {
      const failing = { headers: { "x-request-id": FAILING_AUDIT_REQUEST_ID } };
      const response = await voice(incoming, failing);
      expect(response.status).toBe(500);
      expect(await response.text()).toMatch(/^\{"error":"Something went wrong\. Reference [0-9A-F]{8}\."\}$/);
      expect(await rows()).toHaveLength(0);

      // And a status update whose audit fails leaves the call as it was.
      expect((await voice(incoming)).status).toBe(200);
      expect(
        (await status(callback({ CallStatus: "completed", CallDuration: "40", SequenceNumber: "2" }), failing)).status,
      ).toBe(500);
      expect(await rows()).toMatchObject([{ status: "RINGING", durationSeconds: null, telephonySeq: null }]);
    } finally {
      await db.$executeRaw`DROP TRIGGER IF EXISTS "telephony_test_fail_audit" ON "AuditEvent"`;
    }
  });
});

describe("status callbacks", () => {
  it("completed with a duration completes the call", async () => {
    const { db, incoming, callback, rows } = await setup();
    await voice(incoming);
    const response = await status(
      callback({
        CallStatus: "completed",
        CallDuration: "95",
        SequenceNumber: "2",
        Timestamp: new Date().toUTCString(),
      }),
    );
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    const [call] = await rows();
    expect(call).toMatchObject({ status: "COMPLETED", durationSeconds: 95, telephonySeq: 2, disposition: null });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: call!.id, action: "call.telephony-status" },
    });
    expect(audit.detail).toEqual({ status: "COMPLETED", sequence: 2, durationSeconds: 95 });
  });

  it("a late, out-of-order ringing or in-progress after completed is ignored", async () => {
    const { db, incoming, callback, rows } = await setup();
    await voice(incoming);
    expect((await status(callback({ CallStatus: "completed", CallDuration: "61", SequenceNumber: "2" }))).status).toBe(
      204,
    );
    expect((await status(callback({ CallStatus: "ringing", SequenceNumber: "0" }))).status).toBe(204);
    expect((await status(callback({ CallStatus: "in-progress", SequenceNumber: "1" }))).status).toBe(204);
    // A retry of the same completed callback changes nothing either.
    expect((await status(callback({ CallStatus: "completed", CallDuration: "61", SequenceNumber: "2" }))).status).toBe(
      204,
    );
    const [call] = await rows();
    expect(call).toMatchObject({ status: "COMPLETED", durationSeconds: 61, telephonySeq: 2 });
    expect(await db.auditEvent.count({ where: { entityId: call!.id, action: "call.telephony-status" } })).toBe(1);
  });

  it("in-order callbacks move the call forward", async () => {
    const { incoming, callback, rows } = await setup();
    await voice(incoming);
    await status(callback({ CallStatus: "ringing", SequenceNumber: "0" }));
    await status(callback({ CallStatus: "in-progress", SequenceNumber: "1" }));
    expect((await rows())[0]).toMatchObject({ status: "IN_PROGRESS", telephonySeq: 1, durationSeconds: null });
    await status(callback({ CallStatus: "no-answer", CallDuration: "0", SequenceNumber: "2" }));
    expect((await rows())[0]).toMatchObject({ status: "NO_ANSWER", telephonySeq: 2, durationSeconds: null });
  });

  it("without SequenceNumber only forward progress applies", async () => {
    const { incoming, callback, rows } = await setup();
    await voice(incoming);
    await status(callback({ CallStatus: "completed", CallDuration: "30" }));
    await status(callback({ CallStatus: "in-progress" }));
    expect((await rows())[0]).toMatchObject({ status: "COMPLETED", durationSeconds: 30, telephonySeq: null });
  });

  it("parallel out-of-order callbacks end in the newest status", async () => {
    const { incoming, callback, rows } = await setup();
    await voice(incoming);
    await Promise.all([
      status(callback({ CallStatus: "in-progress", SequenceNumber: "1" })),
      status(callback({ CallStatus: "completed", CallDuration: "12", SequenceNumber: "2" })),
      status(callback({ CallStatus: "ringing", SequenceNumber: "0" })),
    ]);
    expect((await rows())[0]).toMatchObject({ status: "COMPLETED", telephonySeq: 2, durationSeconds: 12 });
  });

  it("a callback for a call whose voice webhook never arrived creates it; the late webhook then finds it", async () => {
    const { db, line, from, incoming, callback, rows } = await setup();
    const endedAt = new Date(Date.now() - 60_000);
    const response = await status(
      callback({ CallStatus: "completed", CallDuration: "120", SequenceNumber: "3", Timestamp: endedAt.toUTCString() }),
    );
    expect(response.status).toBe(204);
    const [call, ...others] = await rows();
    expect(others).toHaveLength(0);
    expect(call).toMatchObject({
      source: "TELEPHONY",
      direction: "INBOUND",
      status: "COMPLETED",
      durationSeconds: 120,
      telephonySeq: 3,
      fromNumber: from,
      phoneLineId: line.id,
      disposition: null,
    });
    // Started two minutes before it ended (Timestamp has whole seconds).
    expect(Math.abs(call!.startedAt.getTime() - (endedAt.getTime() - 120_000))).toBeLessThan(1000);
    expect(
      await db.auditEvent.findFirst({ where: { entityId: call!.id, action: "call.telephony-received" } }),
    ).toMatchObject({ detail: { via: "status-callback" } });

    const late = await voice(incoming);
    expect(await late.text()).toContain("<Dial");
    expect(await rows()).toMatchObject([{ id: call!.id, status: "COMPLETED", durationSeconds: 120 }]);
  });

  it("a callback racing the voice webhook of the same call still leaves one, completed row", async () => {
    const { incoming, callback, rows } = await setup();
    const [voiceResponse, statusResponse] = await Promise.all([
      voice(incoming),
      status(callback({ CallStatus: "completed", CallDuration: "7", SequenceNumber: "2" })),
    ]);
    expect([voiceResponse.status, statusResponse.status]).toEqual([200, 204]);
    expect(await rows()).toMatchObject([{ status: "COMPLETED", durationSeconds: 7, telephonySeq: 2 }]);
  });

  it("a callback for an unknown CallSid to a number that is not a line stores nothing", async () => {
    const { callback, rows } = await setup();
    const response = await status({ ...callback({ CallStatus: "completed", CallDuration: "5" }), To: "+12125550198" });
    expect(response.status).toBe(204);
    expect(await rows()).toHaveLength(0);
  });

  it("refuses an unsigned callback and a callback with a status Twilio does not have", async () => {
    const { incoming, callback, rows } = await setup();
    await voice(incoming);
    expect(
      (await status(callback({ CallStatus: "completed", CallDuration: "5", SequenceNumber: "1" }), { signature: null }))
        .status,
    ).toBe(403);
    expect((await status(callback({ CallStatus: "teleported", SequenceNumber: "1" }))).status).toBe(400);
    expect((await rows())[0]).toMatchObject({ status: "RINGING", telephonySeq: null });
  });

  it("never touches what a coordinator entered", async () => {
    const { db, incoming, callback, rows } = await setup();
    await voice(incoming);
    const [captured] = await rows();
    const { user } = await makeUser(db, { role: "COORDINATOR" });
    const patient = await makePatient(db);
    const loggedAt = new Date();
    const coordinatorFields = {
      disposition: "SCREENING_STARTED",
      notes: "Asked about the IOP schedule.",
      callerName: "Robin",
      callerRelation: "SELF",
      reason: "SUBSTANCE_USE",
      patientId: patient.id,
      loggedById: user.id,
      loggedAt,
    } as const;
    await db.call.update({ where: { id: captured!.id }, data: { ...coordinatorFields, version: { increment: 1 } } });
    await status(callback({ CallStatus: "completed", CallDuration: "300", SequenceNumber: "2" }));
    const [after] = await rows();
    expect(after).toMatchObject({ ...coordinatorFields, version: 2, status: "COMPLETED", durationSeconds: 300 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: captured!.id, action: "call.telephony-status" },
    });
    expect(audit.patientId).toBe(patient.id);
  });
});

describe("findUnloggedTelephonyMatch (for merging a hand-logged call)", () => {
  // It runs on the transaction of the merge that uses it.
  const matchUnlogged = async (input: Parameters<typeof findUnloggedTelephonyMatch>[1]) =>
    (await getDb()).$transaction((tx) => findUnloggedTelephonyMatch(tx, input));

  it("finds the closest unlogged phone-system call from the same number within ±15 minutes", async () => {
    const db = await getDb();
    const line = await makePhoneLine(db);
    const otherLine = await makePhoneLine(db);
    const fromNumber = newCallerNumber();
    const around = new Date("2026-02-03T15:00:00Z");
    const at = (minutes: number) => new Date(around.getTime() + minutes * 60_000);
    const telephony = {
      source: "TELEPHONY",
      status: "COMPLETED",
      disposition: null,
      loggedAt: null,
      fromNumber,
      phoneLineId: line.id,
    } as const;

    const near = await makeCall(db, { ...telephony, startedAt: at(-3), telephonySid: newCallSid() });
    await makeCall(db, { ...telephony, startedAt: at(-9), telephonySid: newCallSid() });
    await makeCall(db, { ...telephony, startedAt: at(16), telephonySid: newCallSid() });
    await makeCall(db, {
      ...telephony,
      startedAt: at(1),
      telephonySid: newCallSid(),
      disposition: "INFORMATION_ONLY",
      loggedAt: at(5),
    });
    await makeCall(db, { startedAt: at(0), fromNumber, phoneLineId: line.id, source: "MANUAL" });
    await makeCall(db, { ...telephony, startedAt: at(0), phoneLineId: otherLine.id, telephonySid: newCallSid() });

    const match = await matchUnlogged({ fromNumber, phoneLineId: line.id, around });
    expect(match).toMatchObject({ id: near.id, status: "COMPLETED", phoneLineId: line.id, version: 1 });
    // Without a line, the other line's call at the very minute is the closest.
    expect((await matchUnlogged({ fromNumber, around }))?.phoneLineId).toBe(otherLine.id);
    expect(await matchUnlogged({ fromNumber, phoneLineId: line.id, around: at(60) })).toBeNull();
    expect(await matchUnlogged({ fromNumber: newCallerNumber(), phoneLineId: line.id, around })).toBeNull();
    expect(UNLOGGED_MATCH_WINDOW_MS).toBe(15 * 60_000);
  });

  it("finds a call the webhooks captured, and never matches an anonymous one", async () => {
    const { line, from, incoming, rows } = await setup();
    await voice(incoming);
    const [captured] = await rows();
    expect(
      await matchUnlogged({ fromNumber: from, phoneLineId: line.id, around: new Date(Date.now() + 5 * 60_000) }),
    ).toMatchObject({ id: captured!.id });

    const anonymous = await setup();
    await voice({ ...anonymous.incoming, From: "anonymous" });
    expect(
      await matchUnlogged({ fromNumber: ANONYMOUS_CALLER, phoneLineId: anonymous.line.id, around: new Date() }),
    ).toBeNull();
  });
});

beforeAll(() => {
  resetEnvCache();
});

afterAll(async () => {
  const db = await getDb();
  await db.$executeRaw`DROP TRIGGER IF EXISTS "telephony_test_fail_audit" ON "AuditEvent"`;
});
