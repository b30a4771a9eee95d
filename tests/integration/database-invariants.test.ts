/**
 * The database's own guarantees (docs/architecture.md "Database"), tested at the database: each
 * CHECK constraint, unique index and trigger is handed a forbidden row in plain SQL, past every
 * domain check, and must refuse it. The list is read from the catalog, so a new constraint, index
 * or trigger without a case here fails the first test.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { fromIsoDay } from "@/lib/dates/db-days";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  makeCall,
  makeEpisode,
  makePatient,
  makePhoneLine,
  makeProgram,
  makeReferralSource,
  makeScreening,
  makeSession,
  makeTransition,
  makeUser,
  programFor,
} from "@/tests/factories";

type Db = Awaited<ReturnType<typeof getDb>>;

/** UPDATE "table" SET the given columns to row `from`'s values WHERE id = `to`. */
async function copyColumns(db: Db, table: string, columns: string[], from: string, to: string) {
  // Names come from this file's constants, never from input.
  const t = Prisma.raw(`"${table}"`);
  const list = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
  await db.$executeRaw(
    Prisma.sql`UPDATE ${t} SET (${list}) = (SELECT ${list} FROM ${t} WHERE "id" = ${from}::uuid) WHERE "id" = ${to}::uuid`,
  );
}

async function twoOpenEpisodes(db: Db) {
  return [
    await makeEpisode(db, { level: "IOP", start: "2025-01-06" }),
    await makeEpisode(db, { level: "IOP", start: "2025-01-06" }),
  ];
}

async function twoActiveTransitions(db: Db) {
  const iop = await programFor(db, "IOP");
  const [a, b] = [
    await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-01-06" }),
    await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-01-06" }),
  ];
  const plan = (fromEpisodeId: string) =>
    makeTransition(db, {
      fromEpisodeId,
      toLevel: "IOP",
      toProgramId: iop,
      plannedDate: "2025-02-01",
      status: "PLANNED",
    });
  return [await plan(a!.id), await plan(b!.id)];
}

async function twoCompletedTransitions(db: Db) {
  const iop = await programFor(db, "IOP");
  const made = [];
  for (let i = 0; i < 2; i++) {
    const from = await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-01-06", end: "2025-02-01" });
    const result = await makeEpisode(db, { patientId: from.patientId, level: "IOP", start: "2025-02-01" });
    const t = await makeTransition(db, {
      fromEpisodeId: from.id,
      toLevel: "IOP",
      toProgramId: iop,
      plannedDate: "2025-02-01",
      status: "COMPLETED",
    });
    await db.transition.update({ where: { id: t.id }, data: { resultEpisodeId: result.id } });
    made.push(t);
  }
  return made;
}

async function twoDoneCallbacks(db: Db) {
  const { user } = await makeUser(db, { role: "COORDINATOR" });
  const made = [];
  for (let i = 0; i < 2; i++) {
    const call = await makeCall(db);
    made.push(
      await db.task.create({
        data: {
          kind: "CALLBACK",
          status: "DONE",
          dueAt: new Date(),
          assigneeId: user.id,
          createdById: user.id,
          resultCallId: call.id,
        },
        select: { id: true },
      }),
    );
  }
  return made;
}

async function twoAmendments(db: Db) {
  const { user } = await makeUser(db, { role: "COORDINATOR" });
  const patient = await makePatient(db);
  const made = [];
  for (let i = 0; i < 2; i++) {
    const original = await makeScreening(db, user.id, patient.id);
    made.push(await makeScreening(db, user.id, patient.id, { amendsId: original.id }));
  }
  return made;
}

const unique = (table: string, columns: string[], make: (db: Db) => Promise<{ id: string }[]>) => async (db: Db) => {
  const [a, b] = await make(db);
  await copyColumns(db, table, columns, a!.id, b!.id);
};

async function auditRow(db: Db): Promise<bigint> {
  const [row] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "AuditEvent" ("action", "outcome") VALUES ('test.row', 'SUCCESS') RETURNING "id"`;
  return row!.id;
}

type Violation = (db: Db) => Promise<unknown>;

/** Each guarantee, and the writes that break it. */
const FORBIDDEN: Record<string, Violation | Violation[]> = {
  // Unique indexes.
  User_email_key: unique("User", ["email"], async (db) => [(await makeUser(db)).user, (await makeUser(db)).user]),
  PhoneLine_number_key: unique("PhoneLine", ["number"], async (db) => [
    await makePhoneLine(db),
    await makePhoneLine(db),
  ]),
  ReferralSource_name_key: unique("ReferralSource", ["name"], async (db) => [
    await makeReferralSource(db),
    await makeReferralSource(db),
  ]),
  Program_name_key: unique("Program", ["name"], async (db) => [await makeProgram(db), await makeProgram(db)]),
  Call_telephonySid_key: unique("Call", ["telephonySid"], async (db) => [
    await makeCall(db, { source: "TELEPHONY", telephonySid: `CA${crypto.randomUUID().replaceAll("-", "")}` }),
    await makeCall(db, { source: "TELEPHONY", telephonySid: `CA${crypto.randomUUID().replaceAll("-", "")}` }),
  ]),
  Call_clientKey_key: unique("Call", ["clientKey"], async (db) => [
    await makeCall(db, { clientKey: crypto.randomUUID() }),
    await makeCall(db, { clientKey: crypto.randomUUID() }),
  ]),
  Patient_mrn_key: unique("Patient", ["mrn"], async (db) => [
    await makePatient(db, { mrn: `MRN-${crypto.randomUUID()}` }),
    await makePatient(db, { mrn: `MRN-${crypto.randomUUID()}` }),
  ]),
  Screening_amendsId_key: unique("Screening", ["amendsId"], twoAmendments),
  // The one-open-episode marker: copy the patient too, so that only the unique index can object.
  CareEpisode_openPatientId_key: unique("CareEpisode", ["patientId", "openPatientId"], twoOpenEpisodes),
  Transition_activeForEpisodeId_key: unique(
    "Transition",
    ["fromEpisodeId", "activeForEpisodeId"],
    twoActiveTransitions,
  ),
  Transition_resultEpisodeId_key: unique("Transition", ["resultEpisodeId"], twoCompletedTransitions),
  AttendedSession_patientId_date_level_key: async (db) => {
    const patient = await makePatient(db);
    const a = await makeSession(db, patient.id, "IOP", "2025-03-03");
    const b = await makeSession(db, patient.id, "IOP", "2025-03-04");
    await copyColumns(db, "AttendedSession", ["date"], a.id, b.id);
  },
  Task_resultCallId_key: unique("Task", ["resultCallId"], twoDoneCallbacks),

  // CHECK constraints.
  CareEpisode_open_slot_check: async (db) => {
    const [episode] = await twoOpenEpisodes(db);
    // Discharged but still holding the open slot.
    await db.$executeRaw`UPDATE "CareEpisode" SET "status" = 'DISCHARGED', "endDate" = "startDate" WHERE "id" = ${episode!.id}::uuid`;
  },
  CareEpisode_dates_check: async (db) => {
    const episode = await makeEpisode(db, { level: "RESIDENTIAL", start: "2025-01-10", end: "2025-01-20" });
    await db.$executeRaw`UPDATE "CareEpisode" SET "endDate" = ${fromIsoDay("2025-01-09")} WHERE "id" = ${episode.id}::uuid`;
  },
  Transition_active_marker_check: async (db) => {
    const [transition] = await twoActiveTransitions(db);
    // Cancelled but still marked active.
    await db.$executeRaw`UPDATE "Transition" SET "status" = 'CANCELLED' WHERE "id" = ${transition!.id}::uuid`;
  },

  // Triggers: the audit trail is append-only.
  AuditEvent_no_update_or_delete: [
    async (db) => {
      const id = await auditRow(db);
      await db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'rewritten' WHERE "id" = ${id}`;
    },
    async (db) => {
      const id = await auditRow(db);
      await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`;
    },
  ],
  AuditEvent_no_truncate: async (db) => {
    await db.$executeRaw`TRUNCATE "AuditEvent"`;
  },
};

async function guaranteesInCatalog(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT c."conname" AS "name" FROM pg_constraint c JOIN pg_namespace n ON n.oid = c."connamespace"
      WHERE n."nspname" = current_schema() AND c."contype" = 'c'
    UNION ALL
    SELECT ic."relname" FROM pg_index i JOIN pg_class ic ON ic.oid = i."indexrelid"
      JOIN pg_namespace n ON n.oid = ic."relnamespace"
      WHERE n."nspname" = current_schema() AND i."indisunique" AND NOT i."indisprimary"
    UNION ALL
    SELECT t."tgname" FROM pg_trigger t JOIN pg_class c ON c.oid = t."tgrelid" JOIN pg_namespace n ON n.oid = c."relnamespace"
      WHERE n."nspname" = current_schema() AND NOT t."tgisinternal"`;
  return rows.map((r) => r.name).sort();
}

describe("database invariants, refused by the database itself", () => {
  it("every CHECK, unique index and trigger in the schema has a case here", async () => {
    const db = await getDb();
    expect(await guaranteesInCatalog(db)).toEqual(Object.keys(FORBIDDEN).sort());
  });

  it.each(Object.keys(FORBIDDEN))("%s refuses a forbidden row", async (name) => {
    const db = await getDb();
    for (const violate of [FORBIDDEN[name]!].flat())
      await expect(violate(db)).rejects.toThrow(name.startsWith("AuditEvent") ? /append-only/ : name);
  });

  it("the audit trail still takes inserts", async () => {
    const db = await getDb();
    const before = await db.auditEvent.count();
    await db.$executeRaw`INSERT INTO "AuditEvent" ("action", "outcome", "entityType") VALUES ('test.insert', 'SUCCESS', 'Test')`;
    expect(await db.auditEvent.count()).toBe(before + 1);
  });
});
