"use client";

import { Fields } from "@/components/ui/form";
import { formatDay } from "@/lib/dates/days";
import type { CareLevel, TransitionKind, TransitionStatus } from "@/lib/generated/prisma/enums";
import { CARE_LEVEL_LABELS, careLevelTitle, TRANSITION_KIND_LABELS } from "@/lib/care/rules/levels";
import {
  cancelTransitionAction,
  completeTransitionAction,
  confirmTransitionAction,
  dischargeForTransitionAction,
  markNoShowAction,
} from "../../actions";
import { expectedLengthField, pastDayField } from "../../../_components/care-fields";
import { CareForm, Disclosure, TextArea } from "./care-form";

export interface ActiveTransition {
  id: string;
  version: number;
  kind: TransitionKind;
  status: TransitionStatus;
  toLevel: CareLevel;
  plannedDate: string;
  fromLevel: CareLevel;
  /** Still at the from-level (false: left it, waiting for the first session). */
  fromOpen: boolean;
}

/**
 * What can be done with a planned or confirmed transition, by role: clinicians with
 * `care:plan-transition` confirm, cancel and record no-shows; those with
 * `care:complete-transition` complete it (and record a departure before the first session).
 */
export function TransitionActions({
  t,
  today,
  canPlan,
  canComplete,
}: {
  t: ActiveTransition;
  today: string;
  canPlan: boolean;
  canComplete: boolean;
}) {
  const ref = { transitionId: t.id, expectedVersion: t.version };
  const what = `${TRANSITION_KIND_LABELS[t.kind]} to ${careLevelTitle(t.toLevel)}`;
  const from = CARE_LEVEL_LABELS[t.fromLevel];
  if (!canPlan && !canComplete) return <p className="text-sm text-slate-600">Your role cannot change transitions.</p>;
  return (
    <div className="space-y-3">
      {canPlan && t.status === "PLANNED" ? (
        <CareForm
          title={`Confirm the ${what}`}
          action={confirmTransitionAction}
          hidden={ref}
          submitLabel="Confirm"
          pendingLabel="Confirming…"
        />
      ) : null}
      {canComplete && t.status === "CONFIRMED" ? (
        <CareForm
          title={`Complete the ${what}`}
          action={completeTransitionAction}
          hidden={ref}
          submitLabel="Complete transition"
          pendingLabel="Completing…"
        >
          {(errors) => (
            <Fields
              errors={errors}
              fields={[
                pastDayField(
                  "First attended session",
                  "firstAttendedDate",
                  today,
                  "The day the patient actually came, not the planned day.",
                ),
                ...(t.fromOpen ? [pastDayField(`Left ${from} on`, "dischargeDate", today)] : []),
                expectedLengthField("Leave blank for the receiving program's default."),
              ]}
            />
          )}
        </CareForm>
      ) : null}
      {canComplete && t.status === "PLANNED" ? (
        <p className="text-sm text-slate-600">Confirm the {what} before completing it.</p>
      ) : null}
      {canComplete && t.fromOpen ? (
        <Disclosure summary={`Patient left ${from}; first session still ahead`}>
          <CareForm
            title={`Record leaving ${from} for the ${what}`}
            action={dischargeForTransitionAction}
            hidden={ref}
            submitLabel="Record departure"
            pendingLabel="Saving…"
            variant="secondary"
          >
            {(errors) => (
              <>
                <Fields errors={errors} fields={[pastDayField("Discharge date", "dischargeDate", today)]} />
                <TextArea label="Aftercare plan" name="aftercarePlan" errors={errors.aftercarePlan} />
              </>
            )}
          </CareForm>
        </Disclosure>
      ) : null}
      {canPlan && today >= t.plannedDate ? (
        <Disclosure summary="Record a no-show">
          <CareForm
            title={`The patient did not come on ${formatDay(t.plannedDate)}`}
            action={markNoShowAction}
            hidden={ref}
            submitLabel="Record no-show"
            pendingLabel="Saving…"
            variant="secondary"
          >
            {(errors) => <TextArea label="Note (optional)" name="reason" errors={errors.reason} />}
          </CareForm>
        </Disclosure>
      ) : null}
      {canPlan ? (
        <Disclosure summary={`Cancel the ${what}`}>
          <CareForm
            title={`Cancel the ${what}`}
            action={cancelTransitionAction}
            hidden={ref}
            submitLabel="Cancel transition"
            pendingLabel="Cancelling…"
            variant="danger"
          >
            {(errors) => <TextArea label="Reason for cancelling" name="reason" required errors={errors.reason} />}
          </CareForm>
        </Disclosure>
      ) : null}
    </div>
  );
}
