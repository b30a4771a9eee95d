import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { normalizePhone } from "@/lib/phone";
import {
  createPhoneLine,
  listPhoneLines,
  setMainPhoneLine,
  setPhoneLineActive,
  updatePhoneLine,
} from "@/lib/settings/phone-lines";
import { listPhoneLinesForHistory, listReferralSourcesForHistory } from "@/lib/settings/queries";
import { callFormOptions } from "@/lib/calls/queries";
import {
  createReferralSource,
  listReferralSources,
  setReferralSourceActive,
  updateReferralSource,
} from "@/lib/settings/referral-sources";
import { CreatePhoneLineSchema, CreateReferralSourceSchema, UpdatePhoneLineSchema } from "@/lib/settings/schemas";
import { makeCall, makePatient, makeUser, uniqueSuffix } from "@/tests/factories";
import { actorFor } from "./support";

// The main-line flag is global to the table; no other file's main line is in it, because each
// test file has its own database.
const usedNumbers = new Set<string>();
/** A fictional (555-01xx) number not used before in this file. */
function freshNumber(): string {
  for (;;) {
    const area = 201 + Math.floor(Math.random() * 780);
    const candidate = normalizePhone(`${area}55501${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`);
    if (candidate && !usedNumbers.has(candidate)) {
      usedNumbers.add(candidate);
      return candidate;
    }
  }
}

/** "+18555550177" → "(855) 555-0177", as a person would type it. */
const typed = (e164: string) => `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`;

async function setup() {
  const db = await getDb();
  const { user } = await makeUser(db, { role: "ADMIN" });
  return { db, admin: actorFor(user) };
}

function parseLine(input: Record<string, unknown>) {
  return CreatePhoneLineSchema.parse(input);
}

async function auditFor(entityId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, actorRole: true, entityType: true, detail: true },
  });
}

describe("phone lines", () => {
  it("creates a line from a typed number, stored as E.164, audited in the same transaction", async () => {
    const { db, admin } = await setup();
    const number = freshNumber();
    const forwardTo = freshNumber();
    const hadMain = (await db.phoneLine.count({ where: { isMain: true } })) > 0;
    const line = await createPhoneLine(
      admin,
      parseLine({ number: typed(number), label: "  Main   admissions line ", forwardTo: typed(forwardTo) }),
    );
    expect(line).toMatchObject({
      number,
      label: "Main admissions line",
      forwardTo,
      active: true,
      version: 1,
      isMain: !hadMain,
    });
    expect(await auditFor(line.id)).toEqual([
      {
        action: "settings.phone-line.create",
        actorId: admin.id,
        actorRole: "ADMIN",
        entityType: "PhoneLine",
        detail: expect.objectContaining({ version: 1 }),
      },
    ]);
  });

  it("makes the first line the main line and keeps exactly one main line", async () => {
    const { db, admin } = await setup();
    const first = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "First" }));
    const second = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Second" }));
    expect(second.isMain).toBe(false);
    const mains = () => db.phoneLine.findMany({ where: { isMain: true }, select: { id: true } });
    // This file's database is its own (tests/setup/integration-env.ts), so the whole table may be counted.
    expect(await mains()).toHaveLength(1);

    await setMainPhoneLine(admin, { id: second.id });
    expect(await mains()).toEqual([{ id: second.id }]);
    expect((await db.phoneLine.findUniqueOrThrow({ where: { id: first.id } })).isMain).toBe(false);
    expect(await setMainPhoneLine(admin, { id: second.id })).toEqual({ changed: false });
    expect((await auditFor(second.id)).map((a) => a.action)).toEqual([
      "settings.phone-line.create",
      "settings.phone-line.set-main",
    ]);

    // Several moves at once still leave exactly one main line.
    const lines = await Promise.all(
      [1, 2, 3].map((i) => createPhoneLine(admin, parseLine({ number: freshNumber(), label: `Race ${i}` }))),
    );
    await Promise.all(lines.map((l) => setMainPhoneLine(admin, { id: l.id })));
    expect(await mains()).toHaveLength(1);
  });

  it("refuses to deactivate the main line, or to make an inactive line the main line", async () => {
    const { db, admin } = await setup();
    const line = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Becomes main" }));
    await setMainPhoneLine(admin, { id: line.id });
    const before = await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } });
    await expect(setPhoneLineActive(admin, { id: line.id, active: false })).rejects.toMatchObject({
      fieldErrors: { active: [expect.stringContaining("main line")] },
    });
    await expect(
      updatePhoneLine(admin, {
        id: line.id,
        expectedVersion: before.version,
        number: before.number,
        label: before.label,
        forwardTo: null,
        active: false,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } })).toEqual(before);

    const inactive = await createPhoneLine(
      admin,
      parseLine({ number: freshNumber(), label: "Spare", active: "false" }),
    );
    expect(inactive).toMatchObject({ active: false, isMain: false });
    await expect(setMainPhoneLine(admin, { id: inactive.id })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } })).isMain).toBe(true);
  });

  it("refuses an invalid number with an error on that field (schema and domain alike)", async () => {
    const { db, admin } = await setup();
    for (const number of ["12", "555-0100", "+1 855 555 01", "(000) 555-0100", "call me", "+999 123"]) {
      const result = CreatePhoneLineSchema.safeParse({ number, label: "Bad" });
      expect(result.success, number).toBe(false);
      if (!result.success) expect(Object.keys(zodFieldErrors(result.error))).toEqual(["number"]);
    }
    const forward = CreatePhoneLineSchema.safeParse({ number: typed(freshNumber()), label: "Ok", forwardTo: "123" });
    expect(!forward.success && zodFieldErrors(forward.error)).toEqual({
      forwardTo: [expect.stringContaining("not a valid phone number")],
    });
    const same = freshNumber();
    const loop = CreatePhoneLineSchema.safeParse({ number: typed(same), label: "Loop", forwardTo: same });
    expect(!loop.success && zodFieldErrors(loop.error)).toEqual({ forwardTo: ["A line cannot forward to itself."] });

    // A caller that skips the schema still cannot store a number that is not E.164.
    const label = `Unchecked ${uniqueSuffix()}`;
    await expect(
      createPhoneLine(admin, { number: "+1855", label, forwardTo: null, active: true }),
    ).rejects.toMatchObject({ fieldErrors: { number: expect.any(Array) } });
    expect(await db.phoneLine.count({ where: { label } })).toBe(0);
  });

  it("refuses unknown keys such as isMain or version (docs/security.md Z7)", () => {
    for (const key of ["isMain", "version", "id", "createdAt"]) {
      const result = CreatePhoneLineSchema.safeParse({ number: typed(freshNumber()), label: "X", [key]: "true" });
      expect(!result.success && zodFieldErrors(result.error)[key]).toEqual(["This field is not accepted here."]);
    }
  });

  it("refuses a duplicate number on the number field and writes nothing", async () => {
    const { db, admin } = await setup();
    const number = freshNumber();
    const original = await createPhoneLine(admin, parseLine({ number, label: "Original" }));
    await expect(createPhoneLine(admin, parseLine({ number: typed(number), label: "Copy" }))).rejects.toMatchObject({
      fieldErrors: { number: ["Another phone line already has this number."] },
    });
    const other = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Other" }));
    await expect(
      updatePhoneLine(admin, {
        id: other.id,
        expectedVersion: 1,
        number,
        label: "Other",
        forwardTo: null,
        active: true,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { number: ["Another phone line already has this number."] },
    });
    expect(await db.phoneLine.findMany({ where: { number }, select: { id: true } })).toEqual([{ id: original.id }]);
    expect((await db.phoneLine.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
    expect((await auditFor(other.id)).map((a) => a.action)).toEqual(["settings.phone-line.create"]);
  });

  it("updates a line, bumps its version and audits the changed field names", async () => {
    const { db, admin } = await setup();
    const line = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Before" }));
    const forwardTo = freshNumber();
    const input = UpdatePhoneLineSchema.parse({
      id: line.id,
      expectedVersion: "1",
      number: typed(line.number),
      label: "After",
      forwardTo: typed(forwardTo),
      active: "true",
    });
    const result = await updatePhoneLine(admin, input);
    expect(result).toMatchObject({ changed: true, line: { label: "After", forwardTo, version: 2 } });
    expect(
      await db.phoneLine.findUniqueOrThrow({
        where: { id: line.id },
        select: { label: true, forwardTo: true, version: true },
      }),
    ).toEqual({ label: "After", forwardTo, version: 2 });
    const audit = await auditFor(line.id);
    expect(audit.at(-1)).toMatchObject({
      action: "settings.phone-line.update",
      actorId: admin.id,
      detail: { fields: ["label", "forwardTo"], version: 2 },
    });

    // Saving the same values again changes nothing and writes nothing.
    expect(await updatePhoneLine(admin, { ...input, expectedVersion: 2 })).toMatchObject({ changed: false });
    expect(await auditFor(line.id)).toHaveLength(audit.length);
  });

  it("refuses a save from a stale version with a conflict naming what the other person changed, and changes nothing", async () => {
    const { db, admin } = await setup();
    const { user: other } = await makeUser(db, { role: "ADMIN" });
    const line = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Shared" }));
    const base = {
      id: line.id,
      expectedVersion: 1,
      number: line.number,
      label: line.label,
      forwardTo: null,
      active: true,
    };
    await updatePhoneLine(actorFor(other), { ...base, label: "Renamed by the other admin" });
    const saved = await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } });
    const auditCount = (await auditFor(line.id)).length;

    const stale = updatePhoneLine(admin, { ...base, forwardTo: freshNumber() });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({
      changedFields: ["label"],
      fieldErrors: { label: [expect.any(String)] },
      message: expect.stringContaining("(Label)"),
    });
    expect(await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } })).toEqual(saved);
    expect(await auditFor(line.id)).toHaveLength(auditCount);
  });

  it("lets exactly one of several parallel saves from the same version win (docs/security.md C1)", async () => {
    const { db, admin } = await setup();
    const line = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Contested" }));
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((i) =>
        updatePhoneLine(admin, {
          id: line.id,
          expectedVersion: 1,
          number: line.number,
          label: `Edit ${i}`,
          forwardTo: null,
          active: true,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => r.reason instanceof ConflictError)).toBe(true);
    expect((await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } })).version).toBe(2);
  });

  it("deactivates and reactivates a line; a deactivated line stays on its historical calls", async () => {
    const { db, admin } = await setup();
    const { user: coordinatorUser } = await makeUser(db, { role: "COORDINATOR" });
    const coordinator = actorFor(coordinatorUser);
    // Another line is the main line, so this one may be deactivated.
    const main = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Main for this test" }));
    await setMainPhoneLine(admin, { id: main.id });
    const line = await createPhoneLine(
      admin,
      parseLine({ number: freshNumber(), label: `Billboard ${uniqueSuffix()}` }),
    );
    const patient = await makePatient(db);
    const call = await makeCall(db, { phoneLineId: line.id, patientId: patient.id });

    expect(await setPhoneLineActive(admin, { id: line.id, active: false })).toEqual({ changed: true, active: false });
    expect(await setPhoneLineActive(admin, { id: line.id, active: false })).toEqual({ changed: false, active: false });
    expect(
      await db.phoneLine.findUniqueOrThrow({ where: { id: line.id }, select: { active: true, version: true } }),
    ).toEqual({ active: false, version: 2 });
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).phoneLineId).toBe(line.id);
    expect((await callFormOptions(coordinator)).lines.map((l) => l.id)).not.toContain(line.id);
    expect(await listPhoneLinesForHistory(coordinator)).toContainEqual({
      id: line.id,
      number: line.number,
      label: line.label,
      isMain: false,
      active: false,
    });
    const admins = await listPhoneLines(admin);
    expect(admins.findIndex((l) => l.id === line.id)).toBeGreaterThan(admins.findIndex((l) => l.id === main.id));
    const activeFlags = admins.map((l) => l.active);
    expect(activeFlags).toEqual([...activeFlags].sort((a, b) => Number(b) - Number(a)));

    await setPhoneLineActive(admin, { id: line.id, active: true });
    expect((await callFormOptions(coordinator)).lines.map((l) => l.id)).toContain(line.id);
    expect((await auditFor(line.id)).map((a) => a.action)).toEqual([
      "settings.phone-line.create",
      "settings.phone-line.deactivate",
      "settings.phone-line.reactivate",
    ]);

    // An edit form opened before the deactivation is now stale, and says why.
    await expect(
      updatePhoneLine(admin, {
        id: line.id,
        expectedVersion: 1,
        number: line.number,
        label: "Late edit",
        forwardTo: null,
        active: true,
      }),
    ).rejects.toMatchObject({
      changedFields: ["active"],
    });
  });

  it("answers an unknown id with not found", async () => {
    const { admin } = await setup();
    const id = crypto.randomUUID();
    await expect(setPhoneLineActive(admin, { id, active: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMainPhoneLine(admin, { id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updatePhoneLine(admin, {
        id,
        expectedVersion: 1,
        number: freshNumber(),
        label: "X",
        forwardTo: null,
        active: true,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("referral sources", () => {
  it("creates a source, audited, and lists it for the call form", async () => {
    const { db, admin } = await setup();
    const { user: clinician } = await makeUser(db, { role: "CLINICIAN" });
    const name = `Mercy General ED ${uniqueSuffix()}`;
    const source = await createReferralSource(
      admin,
      CreateReferralSourceSchema.parse({ name: ` ${name} `, type: "HOSPITAL" }),
    );
    expect(source).toMatchObject({ name, type: "HOSPITAL", active: true, version: 1 });
    expect(await auditFor(source.id)).toEqual([
      {
        action: "settings.referral-source.create",
        actorId: admin.id,
        actorRole: "ADMIN",
        entityType: "ReferralSource",
        detail: expect.objectContaining({ version: 1 }),
      },
    ]);
    expect((await callFormOptions(actorFor(clinician))).sources).toContainEqual({ id: source.id, name, active: true });
    expect((await listReferralSources(admin)).map((s) => s.id)).toContain(source.id);
  });

  it("refuses a duplicate name, ignoring case, on the name field — and LIKE wildcards are not patterns", async () => {
    const { db, admin } = await setup();
    const name = `St. Mary's_Clinic ${uniqueSuffix()}`;
    await createReferralSource(admin, { name, type: "PHYSICIAN", active: true });
    for (const twin of [name, name.toUpperCase()]) {
      await expect(createReferralSource(admin, { name: twin, type: "OTHER", active: true })).rejects.toMatchObject({
        fieldErrors: { name: ["A referral source with this name already exists."] },
      });
    }
    expect(await db.referralSource.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
    const lookalike = await createReferralSource(admin, {
      name: name.replace("_", "X"),
      type: "PHYSICIAN",
      active: true,
    });
    await expect(
      updateReferralSource(admin, {
        id: lookalike.id,
        expectedVersion: 1,
        name: name.toLowerCase(),
        type: "PHYSICIAN",
        active: true,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    // Renaming a source to a different case of its own name is fine.
    await updateReferralSource(admin, {
      id: lookalike.id,
      expectedVersion: 1,
      name: lookalike.name.toUpperCase(),
      type: "PHYSICIAN",
      active: true,
    });
  });

  it("validates name and type with field errors", () => {
    const result = CreateReferralSourceSchema.safeParse({ name: "  ", type: "BILLBOARD" });
    expect(!result.success && Object.keys(zodFieldErrors(result.error)).sort()).toEqual(["name", "type"]);
    expect(CreateReferralSourceSchema.safeParse({ name: "x".repeat(121), type: "OTHER" }).success).toBe(false);
    expect(CreateReferralSourceSchema.safeParse({ name: "Evil\u202Eoc.exe", type: "OTHER" }).success).toBe(false);
    expect(CreateReferralSourceSchema.safeParse({ name: "Nul\u0000", type: "OTHER" }).success).toBe(false);
  });

  it("updates with optimistic concurrency: a stale save names the changed field and changes nothing", async () => {
    const { db, admin } = await setup();
    const source = await createReferralSource(admin, {
      name: `Dr. Okafor ${uniqueSuffix()}`,
      type: "PHYSICIAN",
      active: true,
    });
    const base = { id: source.id, expectedVersion: 1, name: source.name, type: source.type, active: true };
    expect(await updateReferralSource(admin, { ...base, type: "THERAPIST" })).toMatchObject({
      changed: true,
      source: { type: "THERAPIST", version: 2 },
    });
    const saved = await db.referralSource.findUniqueOrThrow({ where: { id: source.id } });
    await expect(updateReferralSource(admin, { ...base, name: `${source.name} (renamed)` })).rejects.toMatchObject({
      status: 409,
      changedFields: ["type"],
    });
    expect(await db.referralSource.findUniqueOrThrow({ where: { id: source.id } })).toEqual(saved);
    expect((await auditFor(source.id)).at(-1)).toMatchObject({
      action: "settings.referral-source.update",
      detail: { fields: ["type"], version: 2 },
    });
  });

  it("deactivates and reactivates; a deactivated source stays on calls and patients", async () => {
    const { db, admin } = await setup();
    const { user: coordinatorUser } = await makeUser(db, { role: "COORDINATOR" });
    const coordinator = actorFor(coordinatorUser);
    const source = await createReferralSource(admin, {
      name: `Alumni night ${uniqueSuffix()}`,
      type: "ALUMNI",
      active: true,
    });
    const patient = await makePatient(db, { referralSourceId: source.id });
    const call = await makeCall(db, { referralSourceId: source.id, patientId: patient.id });
    await setReferralSourceActive(admin, { id: source.id, active: false });
    expect((await callFormOptions(coordinator)).sources.map((s) => s.id)).not.toContain(source.id);
    expect(await listReferralSourcesForHistory(coordinator)).toContainEqual({
      id: source.id,
      name: source.name,
      type: "ALUMNI",
      active: false,
    });
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).referralSourceId).toBe(source.id);
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).referralSourceId).toBe(source.id);
    await setReferralSourceActive(admin, { id: source.id, active: true });
    expect((await auditFor(source.id)).map((a) => a.action)).toEqual([
      "settings.referral-source.create",
      "settings.referral-source.deactivate",
      "settings.referral-source.reactivate",
    ]);
  });
});

describe("authorization (docs/security.md Z3)", () => {
  it.each(["COORDINATOR", "CLINICIAN"] as const)(
    "refuses every settings change from a %s and changes nothing",
    async (role) => {
      const { db, admin } = await setup();
      const { user } = await makeUser(db, { role });
      const actor = actorFor(user);
      const line = await createPhoneLine(admin, parseLine({ number: freshNumber(), label: "Guarded line" }));
      const source = await createReferralSource(admin, {
        name: `Guarded source ${uniqueSuffix()}`,
        type: "OTHER",
        active: true,
      });
      const lineBefore = await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } });
      const sourceBefore = await db.referralSource.findUniqueOrThrow({ where: { id: source.id } });
      const newNumber = freshNumber();
      const newName = `Smuggled ${uniqueSuffix()}`;
      const attempts = [
        () => listPhoneLines(actor),
        () => createPhoneLine(actor, { number: newNumber, label: "Smuggled", forwardTo: null, active: true }),
        () =>
          updatePhoneLine(actor, {
            id: line.id,
            expectedVersion: 1,
            number: line.number,
            label: "Hijacked",
            forwardTo: null,
            active: true,
          }),
        () => setPhoneLineActive(actor, { id: line.id, active: false }),
        () => setMainPhoneLine(actor, { id: line.id }),
        () => listReferralSources(actor),
        () => createReferralSource(actor, { name: newName, type: "OTHER", active: true }),
        () =>
          updateReferralSource(actor, {
            id: source.id,
            expectedVersion: 1,
            name: "Hijacked",
            type: "OTHER",
            active: true,
          }),
        () => setReferralSourceActive(actor, { id: source.id, active: false }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.phoneLine.findUniqueOrThrow({ where: { id: line.id } })).toEqual(lineBefore);
      expect(await db.referralSource.findUniqueOrThrow({ where: { id: source.id } })).toEqual(sourceBefore);
      expect(await db.phoneLine.count({ where: { number: newNumber } })).toBe(0);
      expect(await db.referralSource.count({ where: { name: newName } })).toBe(0);
      expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
    },
  );

  it("lets every role that works with calls read the pickers", async () => {
    const db = await getDb();
    for (const role of ["ADMIN", "COORDINATOR", "CLINICIAN"] as const) {
      const { user } = await makeUser(db, { role });
      await expect(callFormOptions(actorFor(user))).resolves.toMatchObject({
        lines: expect.any(Array),
        sources: expect.any(Array),
      });
      await expect(listPhoneLinesForHistory(actorFor(user))).resolves.toBeInstanceOf(Array);
    }
  });
});
