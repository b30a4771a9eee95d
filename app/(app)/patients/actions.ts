"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/rules/permissions";
import {
  AdmitSchema,
  CancelTransitionSchema,
  CompleteTransitionSchema,
  ConfirmTransitionSchema,
  DischargeForTransitionSchema,
  DischargeSchema,
  MarkNoShowSchema,
  PlanTransitionSchema,
  RecordAttendanceSchema,
} from "@/lib/care/schemas";
import { admitPatient } from "@/lib/care/admit";
import { recordAttendance } from "@/lib/care/attendance";
import { dischargePatient } from "@/lib/care/discharge";
import { UpdatePatientSchema } from "@/lib/patients/schemas";
import {
  cancelTransition,
  completeTransition,
  confirmTransition,
  dischargeForTransition,
  markNoShow,
  planTransition,
} from "@/lib/care/transitions";
import { updatePatient } from "@/lib/patients/update-patient";
import { movePatientPipeline } from "@/lib/pipeline/move-patient";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { PipelineMoveSchema } from "@/lib/pipeline/schemas";

/**
 * Thin server actions over the patient and care domain functions, all through `defineAction`
 * (session → permission → zod → domain, which checks the permission again). Each refreshes the
 * pages that show what it changed; ids only travel in form fields, never names in URLs.
 */
function refresh(patientId: string) {
  revalidatePath(`/patients/${patientId}`);
  revalidatePath("/patients");
  revalidatePath("/patients/census");
}

/**
 * An action on one patient: the wrapper's checks and the domain call, then the patient's pages
 * refreshed and the result told in a message.
 */
function patientAction<S extends z.ZodType, R extends { patientId: string }>(
  name: string,
  permission: Permission,
  schema: S,
  run: (actor: Actor, input: z.output<S>) => Promise<R>,
  message: string | ((result: R) => string),
) {
  return defineAction({
    name,
    permission,
    schema,
    run,
    done: (r) => {
      refresh(r.patientId);
      return { message: typeof message === "string" ? message : message(r) };
    },
  });
}

export const movePipelineAction = patientAction(
  "pipeline.move",
  "patient:write",
  PipelineMoveSchema,
  movePatientPipeline,
  (r) => `Moved to ${PIPELINE_LABELS[r.status]}.`,
);

export const admitAction = patientAction(
  "episode.admit",
  "care:admit",
  AdmitSchema,
  admitPatient,
  (r) => `Admitted. MRN ${r.mrn}.`,
);

export const planTransitionAction = patientAction(
  "transition.plan",
  "care:plan-transition",
  PlanTransitionSchema,
  planTransition,
  "Transition planned.",
);

export const confirmTransitionAction = patientAction(
  "transition.confirm",
  "care:plan-transition",
  ConfirmTransitionSchema,
  confirmTransition,
  "Transition confirmed.",
);

export const cancelTransitionAction = patientAction(
  "transition.cancel",
  "care:plan-transition",
  CancelTransitionSchema,
  cancelTransition,
  "Transition cancelled.",
);

export const markNoShowAction = patientAction(
  "transition.no-show",
  "care:plan-transition",
  MarkNoShowSchema,
  markNoShow,
  "Recorded as a no-show. The patient now appears on the follow-up call list when their window closes.",
);

export const dischargeForTransitionAction = patientAction(
  "transition.discharge",
  "care:complete-transition",
  DischargeForTransitionSchema,
  dischargeForTransition,
  "Discharge recorded. Complete the transition at the first attended session.",
);

export const completeTransitionAction = patientAction(
  "transition.complete",
  "care:complete-transition",
  CompleteTransitionSchema,
  completeTransition,
  "Transition completed: the new episode is open.",
);

export const dischargeAction = patientAction(
  "episode.discharge",
  "care:discharge",
  DischargeSchema,
  dischargePatient,
  "Discharged.",
);

export const recordAttendanceAction = patientAction(
  "attendance.record",
  "care:admit",
  RecordAttendanceSchema,
  recordAttendance,
  (r) => (r.alreadyRecorded ? "That session was already recorded." : "Session recorded."),
);

export const updatePatientAction = defineAction({
  name: "patient.update",
  permission: "patient:write",
  schema: UpdatePatientSchema,
  run: updatePatient,
  done: (r) => {
    refresh(r.patientId);
    return { message: r.changed ? "Changes saved." : "Nothing changed.", data: { version: r.version } };
  },
});
