"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
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

export const movePipelineAction = defineAction({
  name: "pipeline.move",
  permission: "patient:write",
  schema: PipelineMoveSchema,
  run: movePatientPipeline,
  done: (r) => {
    refresh(r.patientId);
    return { message: `Moved to ${PIPELINE_LABELS[r.status]}.` };
  },
});

export const admitAction = defineAction({
  name: "episode.admit",
  permission: "care:admit",
  schema: AdmitSchema,
  run: admitPatient,
  done: (r) => {
    refresh(r.patientId);
    return { message: `Admitted. MRN ${r.mrn}.` };
  },
});

export const planTransitionAction = defineAction({
  name: "transition.plan",
  permission: "care:plan-transition",
  schema: PlanTransitionSchema,
  run: planTransition,
  done: (r) => {
    refresh(r.patientId);
    return { message: "Transition planned." };
  },
});

export const confirmTransitionAction = defineAction({
  name: "transition.confirm",
  permission: "care:plan-transition",
  schema: ConfirmTransitionSchema,
  run: confirmTransition,
  done: (r) => {
    refresh(r.patientId);
    return { message: "Transition confirmed." };
  },
});

export const cancelTransitionAction = defineAction({
  name: "transition.cancel",
  permission: "care:plan-transition",
  schema: CancelTransitionSchema,
  run: cancelTransition,
  done: (r) => {
    refresh(r.patientId);
    return { message: "Transition cancelled." };
  },
});

export const markNoShowAction = defineAction({
  name: "transition.no-show",
  permission: "care:plan-transition",
  schema: MarkNoShowSchema,
  run: markNoShow,
  done: (r) => {
    refresh(r.patientId);
    return {
      message: "Recorded as a no-show. The patient now appears on the follow-up call list when their window closes.",
    };
  },
});

export const dischargeForTransitionAction = defineAction({
  name: "transition.discharge",
  permission: "care:complete-transition",
  schema: DischargeForTransitionSchema,
  run: dischargeForTransition,
  done: (r) => {
    refresh(r.patientId);
    return { message: "Discharge recorded. Complete the transition at the first attended session." };
  },
});

export const completeTransitionAction = defineAction({
  name: "transition.complete",
  permission: "care:complete-transition",
  schema: CompleteTransitionSchema,
  run: completeTransition,
  done: (r) => {
    refresh(r.patientId);
    return { message: "Transition completed: the new episode is open." };
  },
});

export const dischargeAction = defineAction({
  name: "episode.discharge",
  permission: "care:discharge",
  schema: DischargeSchema,
  run: dischargePatient,
  done: (r) => {
    refresh(r.patientId);
    return { message: "Discharged." };
  },
});

export const recordAttendanceAction = defineAction({
  name: "attendance.record",
  permission: "care:admit",
  schema: RecordAttendanceSchema,
  run: recordAttendance,
  done: (r) => {
    refresh(r.patientId);
    return { message: r.alreadyRecorded ? "That session was already recorded." : "Session recorded." };
  },
});

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
