import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import type { Actor } from "@/lib/auth/actor";
import { connectDb, getDb } from "@/lib/db/client";
import { toZonedLocalInput } from "@/lib/dates/zone";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { LIVE_CHANNEL, publishLiveEvent } from "@/lib/live/publish";
import { acknowledgeFlag } from "@/lib/safety-flags/acknowledge-flag";
import { deliverEmails } from "@/lib/safety-flags/deliver-email";
import type { SendMail } from "@/lib/safety-flags/mailer";
import { flagBadgeCount, getFlag, listFlags, listMyNotifications } from "@/lib/safety-flags/queries";
import { addShift, cancelShift, updateAckSettings } from "@/lib/safety-flags/rota";
import { runSweep } from "@/lib/safety-flags/sweep";
import { listOpenSafetyFlags } from "@/lib/screening/queries";
import { resolveSafetyFlag } from "@/lib/screening/resolve-safety-flag";
import { saveSection } from "@/lib/screening/save-section";
import { draftFor, staff } from "@/tests/factories/screening";

// The sweep reads every flag and e-mail of the database: each test file has a database of its own.

/** A real SMTP server on a free local port; what it receives is kept for the assertions. */
interface Received {
  to: string[];
  raw: string;
}
let smtp: SMTPServer;
let smtpPort = 0;
const received: Received[] = [];
let send: SendMail;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: quotedPrintable(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: smtpPort, secure: false, ignoreTLS: true });
  send = async (m) => {
    await transport.sendMail({ from: "intake-desk@example.test", to: m.to, subject: m.subject, text: m.text });
  };
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const MINUTE = 60_000;

/** The message as text: quoted-printable soft line breaks and escapes undone. */
function quotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An admin puts `clinician` on call now, with `fallback`. */
async function onCall(admin: Actor, clinician: Actor, fallback?: Actor) {
  const fmt = (d: Date) => toZonedLocalInput(d);
  return addShift(admin, {
    clinicianId: clinician.id,
    ...(fallback ? { fallbackId: fallback.id } : {}),
    startsAt: fmt(new Date(Date.now() - 60 * MINUTE)),
    endsAt: fmt(new Date(Date.now() + 12 * 60 * MINUTE)),
  });
}

/** A coordinator's screening whose C-SSRS answers raise a HIGH flag. */
async function highFlag(coordinator: Actor) {
  const draft = await draftFor(coordinator);
  await saveSection(coordinator, {
    screeningId: draft.screeningId,
    section: "cssrs",
    expectedVersion: 1,
    answers: { q1: true, q2: true, q3: true, q4: true },
  });
  const db = await getDb();
  const flag = await db.safetyFlag.findFirstOrThrow({
    where: { screeningId: draft.screeningId, risk: "HIGH" },
    select: { id: true, ownerId: true, escalationDueAt: true, raisedAt: true, patientId: true },
  });
  return { ...draft, flag };
}

describe("ownership and escalation", () => {
  let admin: Actor, dana: Actor, fred: Actor, coordinator: Actor;
  beforeAll(async () => {
    [admin, dana, fred, coordinator] = [
      await staff("ADMIN"),
      await staff("CLINICIAN"),
      await staff("CLINICIAN"),
      await staff("COORDINATOR"),
    ];
    await onCall(admin, dana, fred);
  });

  it("a HIGH flag goes at once to the on-call clinician, with a 10-minute clock, notified in-app and by e-mail", async () => {
    const db = await getDb();
    const { flag } = await highFlag(coordinator);
    expect(flag.ownerId).toBe(dana.id);
    expect(flag.escalationDueAt!.getTime() - flag.raisedAt.getTime()).toBeGreaterThanOrEqual(10 * MINUTE - 1000);
    expect(flag.escalationDueAt!.getTime() - flag.raisedAt.getTime()).toBeLessThanOrEqual(10 * MINUTE + 1000);
    expect(await db.auditEvent.count({ where: { entityId: flag.id, action: "safety-flag.assign" } })).toBe(1);
    expect((await listMyNotifications(dana)).some((n) => n.flagId === flag.id && n.kind === "assigned")).toBe(true);
    expect(await db.emailOutbox.count({ where: { toAddress: dana.email, status: "PENDING" } })).toBeGreaterThan(0);
    expect(await flagBadgeCount(dana)).toBeGreaterThan(0);
  });

  it("not acknowledged in time: the sweep escalates to the fallback and admins, and the e-mails arrive over SMTP without PHI", async () => {
    const db = await getDb();
    const { flag, patientId } = await highFlag(coordinator);
    const patient = await db.patient.findUniqueOrThrow({
      where: { id: patientId },
      select: { firstName: true, lastName: true, phone: true },
    });
    // Before the clock runs out nothing escalates.
    await runSweep({ now: new Date(Date.now() + 5 * MINUTE), send: null });
    expect((await db.safetyFlag.findUniqueOrThrow({ where: { id: flag.id } })).escalatedAt).toBeNull();
    const later = new Date(flag.escalationDueAt!.getTime() + 1000);
    await runSweep({ now: later, send });
    const after = await db.safetyFlag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(after).toMatchObject({ ownerId: fred.id, escalatedAt: later });
    expect(await db.auditEvent.count({ where: { entityId: flag.id, action: "safety-flag.escalate" } })).toBe(1);
    expect((await listMyNotifications(admin)).some((n) => n.flagId === flag.id && n.kind === "escalated")).toBe(true);
    const toFred = received.filter((m) => m.to.includes(fred.email) && m.raw.includes(flag.id));
    const toAdmin = received.filter((m) => m.to.includes(admin.email) && m.raw.includes(flag.id));
    expect(toFred).toHaveLength(1);
    expect(toAdmin).toHaveLength(1);
    const mail = toFred[0]!.raw;
    expect(mail).toContain("Risk level: High");
    expect(mail).toContain(`/safety-flags/${flag.id}`);
    for (const secret of [patient.firstName, patient.lastName, patient.phone].filter(Boolean) as string[])
      expect(mail).not.toContain(secret);
    expect(mail.toLowerCase()).not.toContain("c-ssrs");
    // A second sweep escalates nothing again.
    expect((await runSweep({ now: new Date(later.getTime() + MINUTE), send })).escalated).toBe(0);
  });

  it("acknowledgement stops the clock; only the owner may before escalation; it is audited", async () => {
    const db = await getDb();
    const { flag } = await highFlag(coordinator);
    await expect(acknowledgeFlag(fred, { flagId: flag.id })).rejects.toBeInstanceOf(ForbiddenError);
    await acknowledgeFlag(dana, { flagId: flag.id });
    const sweep = await runSweep({ now: new Date(flag.escalationDueAt!.getTime() + MINUTE), send: null });
    expect(sweep.escalated).toBe(0);
    const row = await db.safetyFlag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(row).toMatchObject({ acknowledgedById: dana.id, ownerId: dana.id, escalatedAt: null });
    expect(await db.auditEvent.count({ where: { entityId: flag.id, action: "safety-flag.acknowledge" } })).toBe(1);
    await resolveSafetyFlag(dana, { flagId: flag.id, resolution: "Safety plan made with the caller." });
    expect((await listFlags(dana, { view: "resolved" })).flags.map((f) => f.id)).toContain(flag.id);
  });

  it("two sweeps at once escalate a flag exactly once", async () => {
    const db = await getDb();
    const { flag } = await highFlag(coordinator);
    const now = new Date(flag.escalationDueAt!.getTime() + 1000);
    await Promise.all([runSweep({ now, send: null }), runSweep({ now, send: null }), runSweep({ now, send: null })]);
    expect(await db.auditEvent.count({ where: { entityId: flag.id, action: "safety-flag.escalate" } })).toBe(1);
    expect(await db.notification.count({ where: { flagId: flag.id, kind: "escalated" } })).toBe(2);
  });

  it("the acknowledgement times are settings an admin changes", async () => {
    const db = await getDb();
    const current = await db.safetyFlagSettings.findUnique({ where: { id: 1 }, select: { version: true } });
    await updateAckSettings(admin, {
      highAckMinutes: 2,
      moderateAckMinutes: 30,
      expectedVersion: current?.version ?? 0,
    });
    const { flag } = await highFlag(coordinator);
    expect(flag.escalationDueAt!.getTime() - flag.raisedAt.getTime()).toBeLessThanOrEqual(2 * MINUTE + 1000);
    const again = await db.safetyFlagSettings.findUniqueOrThrow({ where: { id: 1 } });
    await updateAckSettings(admin, { highAckMinutes: 10, moderateAckMinutes: 240, expectedVersion: again.version });
  });
});

describe("who sees and who may act (Z2, Z3)", () => {
  it("coordinators see the flags of their own screenings only; another's is not found", async () => {
    const [mine, other, clinician] = [await staff("COORDINATOR"), await staff("COORDINATOR"), await staff("CLINICIAN")];
    const { flag } = await highFlag(mine);
    expect((await listFlags(mine, { view: "open" })).flags.map((f) => f.id)).toContain(flag.id);
    expect((await listFlags(other, { view: "open" })).flags.map((f) => f.id)).not.toContain(flag.id);
    await expect(getFlag(other, flag.id)).rejects.toBeInstanceOf(NotFoundError);
    const shown = await getFlag(clinician, flag.id);
    expect(shown.patient.firstName).toBeTruthy();
    expect(shown.screening?.createdBy.name).toBe(mine.name);
    // The screenings page's open-flags card keeps the same scope.
    const openOn = async (actor: Actor) => (await listOpenSafetyFlags(actor, { take: 500 })).flags.map((f) => f.id);
    expect(await openOn(mine)).toContain(flag.id);
    expect(await openOn(other)).not.toContain(flag.id);
    expect(await openOn(clinician)).toContain(flag.id);
  });

  it("a coordinator cannot acknowledge or edit the rota, an admin cannot acknowledge; nothing changes", async () => {
    const db = await getDb();
    const [coordinator, admin, clinician] = [
      await staff("COORDINATOR"),
      await staff("ADMIN"),
      await staff("CLINICIAN"),
    ];
    const { flag } = await highFlag(coordinator);
    const before = await db.safetyFlag.findUniqueOrThrow({ where: { id: flag.id } });
    const audits = await db.auditEvent.count();
    const shifts = await db.onCallShift.count();
    await expect(acknowledgeFlag(coordinator, { flagId: flag.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acknowledgeFlag(admin, { flagId: flag.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addShift(coordinator, { clinicianId: clinician.id, startsAt: "2030-01-01T08:00", endsAt: "2030-01-01T20:00" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelShift(coordinator, { shiftId: crypto.randomUUID() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateAckSettings(coordinator, { highAckMinutes: 1, moderateAckMinutes: 1, expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveSafetyFlag(coordinator, { flagId: flag.id, resolution: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db.safetyFlag.findUniqueOrThrow({ where: { id: flag.id } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audits);
    expect(await db.onCallShift.count()).toBe(shifts);
  });
});

describe("the e-mail outbox", () => {
  it("SMTP down: the e-mail stays in the outbox with its error and is delivered once SMTP answers", async () => {
    const db = await getDb();
    const row = await db.emailOutbox.create({
      data: { toAddress: "outbox-test@example.test", subject: "Test", body: "Risk level: High\n" },
    });
    const down: SendMail = async (m) => {
      const t = nodemailer.createTransport({ host: "127.0.0.1", port: 1, secure: false, connectionTimeout: 2000 });
      await t.sendMail({ from: "x@example.test", ...m });
    };
    const now = new Date();
    await deliverEmails(down, now);
    const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: "ESOCKET" });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    await deliverEmails(send, new Date(now.getTime() + 10 * MINUTE));
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
    expect(received.some((m) => m.to.includes("outbox-test@example.test"))).toBe(true);
  });
});

describe("the live channel", () => {
  it("a committed event is announced with NOTIFY to the listener; a rolled-back one is not", async () => {
    const { db, listen } = await connectDb();
    const heard: string[] = [];
    const unlisten = await listen(
      LIVE_CHANNEL,
      (payload) => heard.push(payload),
      () => undefined,
    );
    try {
      await db.$transaction(async (tx) => publishLiveEvent(tx, { kind: "call", entityId: "committed" }));
      await db
        .$transaction(async (tx) => {
          await publishLiveEvent(tx, { kind: "call", entityId: "rolled-back" });
          throw new Error("roll back");
        })
        .catch(() => undefined);
      const committed = await db.liveEvent.findFirstOrThrow({ where: { entityId: "committed" } });
      for (let i = 0; i < 50 && !heard.includes(committed.id.toString()); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(heard).toContain(committed.id.toString());
      expect(await db.liveEvent.count({ where: { entityId: "rolled-back" } })).toBe(0);
    } finally {
      await unlisten();
    }
  });
});
