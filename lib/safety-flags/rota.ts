import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { zonedLocalToUtc } from "@/lib/dates/zone";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AckSettingsInput, AddShiftInput, CancelShiftInput } from "./schemas";
import { loadAckSettings } from "./store";

/** The on-call rota and the acknowledgement clocks: an admin's settings. */

export async function addShift(actor: Actor, input: AddShiftInput) {
  assertCan(actor, "oncall:manage");
  const startsAt = zonedLocalToUtc(input.startsAt);
  const endsAt = zonedLocalToUtc(input.endsAt);
  if (endsAt.getTime() <= startsAt.getTime()) throw ValidationError.field("endsAt", "Ends must be after starts.");
  if (input.fallbackId === input.clinicianId)
    throw ValidationError.field("fallbackId", "The fallback must be another clinician.");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ids = [input.clinicianId, ...(input.fallbackId ? [input.fallbackId] : [])];
    const clinicians = await tx.user.findMany({
      where: { id: { in: ids }, role: "CLINICIAN", active: true },
      select: { id: true },
    });
    const found = new Set(clinicians.map((c) => c.id));
    if (!found.has(input.clinicianId))
      throw ValidationError.field("clinicianId", "Choose an active clinician to be on call.");
    if (input.fallbackId && !found.has(input.fallbackId))
      throw ValidationError.field("fallbackId", "Choose an active clinician as the fallback.");
    const shift = await tx.onCallShift.create({
      data: {
        clinicianId: input.clinicianId,
        fallbackId: input.fallbackId ?? null,
        startsAt,
        endsAt,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "oncall.add",
      entityType: "OnCallShift",
      entityId: shift.id,
      detail: { clinicianId: input.clinicianId, fallbackId: input.fallbackId ?? null },
    });
    return { shiftId: shift.id };
  });
}

export async function cancelShift(actor: Actor, input: CancelShiftInput) {
  assertCan(actor, "oncall:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.onCallShift.updateMany({
      where: { id: input.shiftId, cancelledAt: null },
      data: { cancelledAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("That shift was not found or is already removed.");
    await writeAudit(tx, actor, { action: "oncall.cancel", entityType: "OnCallShift", entityId: input.shiftId });
    return { shiftId: input.shiftId };
  });
}

export async function updateAckSettings(actor: Actor, input: AckSettingsInput) {
  assertCan(actor, "oncall:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.safetyFlagSettings.findUnique({ where: { id: 1 }, select: { version: true } });
    const data = { highAckMinutes: input.highAckMinutes, moderateAckMinutes: input.moderateAckMinutes };
    if (!row) {
      if (input.expectedVersion !== 0) throw new ConflictError("Someone else changed these settings. Reload.");
      await tx.safetyFlagSettings.create({ data: { id: 1, ...data }, select: { id: true } });
    } else {
      const { count } = await tx.safetyFlagSettings.updateMany({
        where: { id: 1, version: input.expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("Someone else changed these settings. Reload.");
    }
    await writeAudit(tx, actor, {
      action: "safety-flag-settings.update",
      entityType: "SafetyFlagSettings",
      entityId: "1",
      detail: { fields: ["highAckMinutes", "moderateAckMinutes"] },
    });
    return data;
  });
}

/** The rota page: shifts not yet over (and the last week's), the clinicians to choose, the clocks. */
export async function loadRotaPage(actor: Actor, now = new Date()) {
  assertCan(actor, "oncall:manage");
  const db = await getDb();
  const [shifts, clinicians, settingsRow, settings] = await Promise.all([
    db.onCallShift.findMany({
      where: { cancelledAt: null, endsAt: { gt: new Date(now.getTime() - 7 * 86_400_000) } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        clinician: { select: { id: true, name: true } },
        fallback: { select: { id: true, name: true } },
      },
    }),
    db.user.findMany({
      where: { role: "CLINICIAN", active: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db.safetyFlagSettings.findUnique({ where: { id: 1 }, select: { version: true } }),
    loadAckSettings(db),
  ]);
  return { shifts, clinicians, settings: { ...settings, version: settingsRow?.version ?? 0 } };
}
