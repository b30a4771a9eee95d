import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { makePatient, makeProgram } from "@/tests/factories";

/** A calendar day as the @db.Date columns store it. */
export const day = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);
export const iso = (value: Date) => value.toISOString().slice(0, 10);

const programs = new Map<CareLevel, string>();

/** One program per level, created on first use (episodes need one). */
export async function programFor(db: Db, level: CareLevel): Promise<string> {
  const known = programs.get(level);
  if (known) return known;
  const program = await makeProgram(db, { level, name: `${level} ${crypto.randomUUID().slice(0, 8)}` });
  programs.set(level, program.id);
  return program.id;
}

/** An episode: OPEN without `end` (taking the patient's open slot), DISCHARGED with it. */
export async function makeEpisode(
  db: Db,
  input: { patientId?: string; level: CareLevel; start: string; end?: string; expectedEnd?: string },
) {
  const patientId = input.patientId ?? (await makePatient(db, { pipelineStatus: "ADMITTED" })).id;
  const open = input.end === undefined;
  return db.careEpisode.create({
    data: {
      patientId,
      level: input.level,
      programId: await programFor(db, input.level),
      status: open ? "OPEN" : "DISCHARGED",
      openPatientId: open ? patientId : null,
      startDate: day(input.start),
      expectedEndDate: day(input.expectedEnd ?? input.end ?? input.start),
      endDate: open ? null : day(input.end!),
      dischargeReason: open ? null : "COMPLETED",
    },
  });
}

export function makeSession(db: Db, patientId: string, level: CareLevel, date: string) {
  return db.attendedSession.create({ data: { patientId, level, date: day(date) } });
}

export function makeScreening(
  db: Db,
  createdById: string,
  patientId: string,
  data: Partial<Prisma.ScreeningUncheckedCreateInput> = {},
) {
  return db.screening.create({
    data: {
      patientId,
      createdById,
      instrumentSetVersion: "test",
      answers: {},
      status: "SUBMITTED",
      submittedAt: new Date(),
      ...data,
    },
  });
}
