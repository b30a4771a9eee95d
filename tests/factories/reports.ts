/** Rows the reports count that no other factory makes. */
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { makeStaffActor } from "./base";

/** A submitted screening (no answers): what the funnel and the dashboard count. */
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

/** A coordinator (call reports only) and a clinician (every report): both sides of the report permissions. */
export async function makeReportReaders(db: Db) {
  return { coordinator: await makeStaffActor(db, "COORDINATOR"), clinician: await makeStaffActor(db, "CLINICIAN") };
}
