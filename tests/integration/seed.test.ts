import { beforeAll, describe, expect, it } from "vitest";
import { connectDb, type Db } from "@/lib/db/client";
import { ReferralSourceType } from "@/lib/generated/prisma/enums";
import { seedDemo, SeedRefusedError, type SeedOptions } from "@/prisma/seed";

// A fixed present, so the same seed gives the same rows, timestamps included.
const NOW = new Date("2026-06-15T14:30:00Z");
const SMALL: SeedOptions = { calls: 500, patients: 100, seed: 42, now: NOW, log: () => {} };

// The seeder wants an empty database and --reset wipes everything: each test file has its own database.
let db: Db;

beforeAll(async () => {
  db = (await connectDb()).db;
  await seedDemo(db, SMALL);
});

const patientNames = () =>
  db.patient.findMany({
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

describe("demo seed", () => {
  it("seeds the requested volume and the configuration", async () => {
    expect(await db.call.count()).toBe(500);
    expect(await db.patient.count()).toBe(100);
    const staff = await db.user.groupBy({ by: ["role"], _count: true, orderBy: { role: "asc" } });
    expect(staff.map((s) => [s.role, s._count])).toEqual([
      ["ADMIN", 1],
      ["COORDINATOR", 4],
      ["CLINICIAN", 3],
    ]);
    expect(await db.user.count({ where: { mustChangePassword: true } })).toBe(0);
    expect(await db.phoneLine.findMany({ where: { isMain: true }, select: { number: true } })).toEqual([
      { number: "+18555550100" },
    ]);
    const types = new Set((await db.referralSource.findMany({ select: { type: true } })).map((s) => s.type));
    expect([...types].sort()).toEqual(Object.values(ReferralSourceType).sort());
    expect(await db.program.count()).toBe(6);
    for (const count of [
      db.screening.count(),
      db.careEpisode.count(),
      db.attendedSession.count(),
      db.task.count(),
      db.auditEvent.count(),
    ]) {
      expect(await count).toBeGreaterThan(0);
    }
    expect(await db.pipelineEvent.count()).toBeGreaterThanOrEqual(100);
  });

  it("keeps the episode and transition invariants", async () => {
    const twoOpen = await db.$queryRaw<unknown[]>`
      SELECT "patientId" FROM "CareEpisode" WHERE status = 'OPEN' GROUP BY 1 HAVING count(*) > 1`;
    expect(twoOpen).toEqual([]);
    const badSlot = await db.$queryRaw<unknown[]>`
      SELECT id FROM "CareEpisode"
      WHERE (status = 'OPEN') <> ("openPatientId" IS NOT NULL) OR ("openPatientId" IS NOT NULL AND "openPatientId" <> "patientId")
         OR (status = 'OPEN') = ("endDate" IS NOT NULL)`;
    expect(badSlot).toEqual([]);
    const overlapping = await db.$queryRaw<unknown[]>`
      SELECT a.id FROM "CareEpisode" a JOIN "CareEpisode" b ON a."patientId" = b."patientId" AND a.id <> b.id
      WHERE a."startDate" <= COALESCE(b."endDate", 'infinity'::date) AND b."startDate" <= COALESCE(a."endDate", 'infinity'::date)`;
    expect(overlapping).toEqual([]);
    const brokenTransitions = await db.$queryRaw<unknown[]>`
      SELECT t.id FROM "Transition" t
      JOIN "CareEpisode" f ON f.id = t."fromEpisodeId"
      LEFT JOIN "CareEpisode" r ON r.id = t."resultEpisodeId"
      WHERE (t.status = 'COMPLETED') <> (r.id IS NOT NULL)
         OR (r.id IS NOT NULL AND (r."patientId" <> f."patientId" OR r."startDate" <= f."endDate" OR r."startDate" <> t."firstAttendedDate"))`;
    expect(brokenTransitions).toEqual([]);
    expect(await db.transition.count({ where: { status: "COMPLETED" } })).toBeGreaterThan(0);
    // Only admitted patients have episodes, and each of them has an MRN.
    const episodesOfOthers = await db.careEpisode.count({
      where: { patient: { pipelineStatus: { not: "ADMITTED" } } },
    });
    expect(episodesOfOthers).toBe(0);
    expect(await db.patient.count({ where: { pipelineStatus: "ADMITTED", mrn: null } })).toBe(0);
  });

  it("scores screenings with the docs/clinical.md bands and stays synthetic and in the past", async () => {
    const submitted = await db.screening.findMany({
      where: { status: { not: "DRAFT" } },
      select: { answers: true, scores: true },
    });
    expect(submitted.length).toBeGreaterThan(0);
    const band = (t: number) =>
      t <= 4 ? "minimal" : t <= 9 ? "mild" : t <= 14 ? "moderate" : t <= 19 ? "moderately-severe" : "severe";
    for (const s of submitted) {
      const items = (s.answers as { phq9: { items: number[] } }).phq9.items;
      const phq9 = (s.scores as { phq9: { total: number; band: string } }).phq9;
      expect(items).toHaveLength(9);
      expect(phq9.total).toBe(items.reduce((a, b) => a + b, 0));
      expect(phq9.band).toBe(band(phq9.total));
    }
    const people = await db.patient.findMany({ select: { phone: true, email: true } });
    for (const p of people) {
      expect(p.phone).toMatch(/^\+1\d{3}55501\d{2}$/);
      if (p.email) expect(p.email).toMatch(/\.test$/);
    }
    expect(await db.call.count({ where: { startedAt: { gt: NOW } } })).toBe(0);
    expect(await db.call.count({ where: { disposition: null, source: "MANUAL" } })).toBe(0);
  });

  it("refuses a database that already has data unless told to reset it", async () => {
    await expect(seedDemo(db, SMALL)).rejects.toBeInstanceOf(SeedRefusedError);
  });

  it("gives the same data for the same seed and different data for another", async () => {
    const first = await patientNames();
    await seedDemo(db, { ...SMALL, reset: true });
    expect(await patientNames()).toEqual(first);
    expect(await db.call.count()).toBe(500);
    // The append-only audit trail was wiped by --reset (trigger disabled for that transaction only) and is protected again.
    await expect(db.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow();

    // Names depend only on the seed, not on the day the seed runs.
    await seedDemo(db, { ...SMALL, now: new Date(NOW.getTime() + 3 * 86_400_000), reset: true });
    expect((await patientNames()).map((p) => `${p.firstName} ${p.lastName}`)).toEqual(
      first.map((p) => `${p.firstName} ${p.lastName}`),
    );

    await seedDemo(db, { ...SMALL, seed: 7, reset: true });
    const other = await patientNames();
    expect(other.map((p) => `${p.firstName} ${p.lastName}`)).not.toEqual(
      first.map((p) => `${p.firstName} ${p.lastName}`),
    );
  });
});
