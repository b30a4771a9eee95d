/** Rows the reports count that no other factory makes. */
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

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
