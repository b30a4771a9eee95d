"use client";

import { useActionState, useState } from "react";
import { ActionForm, ChoiceSet, Fields, FormMessage, SubmitButton } from "@/components/ui/form";
import { CONTACT_PREFERENCES } from "@/lib/people/contact-preferences";
import { INSURANCE_FIELDS } from "../../../_components/person-fields";
import { updatePatientAction } from "../../actions";

export interface PatientEditValues {
  patientId: string;
  version: number;
  firstName: string;
  lastName: string | null;
  preferredName: string | null;
  dateOfBirth: string | null;
  sexAtBirth: string;
  phoneDisplay: string;
  email: string | null;
  okToLeaveVoicemail: boolean;
  okToNameCenter: boolean;
  okToText: boolean;
  insurancePayer: string | null;
  insuranceMemberId: string | null;
}

const SEX_OPTIONS = [
  { value: "UNKNOWN", label: "Not recorded" },
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
];

/**
 * Demographics, contact preferences and insurance. The save is checked against the version this
 * form was opened with (docs/security.md C1): if someone else saved meanwhile, nothing is written and
 * the fields they changed are marked. After its own save the form continues from the new version.
 */
export function PatientEditForm({ values, today }: { values: PatientEditValues; today: string }) {
  const [initial] = useState(values);
  const [state, action] = useActionState(updatePatientAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const version = state?.ok && state.data ? state.data.version : initial.version;
  return (
    <ActionForm
      hidden={{ patientId: initial.patientId, expectedVersion: version }}
      action={action}
      aria-label="Edit patient details"
      className="space-y-4"
    >
      <div className="grid gap-3 md:grid-cols-3">
        <Fields
          fields={[
            { label: "First name", name: "firstName", required: true, maxLength: 80, autoComplete: "off" },
            { label: "Last name", name: "lastName", maxLength: 80, autoComplete: "off" },
            { label: "Preferred name", name: "preferredName", maxLength: 80, autoComplete: "off" },
            { label: "Date of birth", name: "dateOfBirth", type: "date", max: today },
            { kind: "select", label: "Sex at birth", name: "sexAtBirth", options: SEX_OPTIONS },
            { label: "Phone", name: "phone", inputMode: "tel", autoComplete: "off" },
            { label: "Email", name: "email", type: "email", autoComplete: "off" },
            ...INSURANCE_FIELDS,
          ]}
          values={{ ...initial, phone: initial.phoneDisplay }}
          errors={errors}
        />
      </div>
      <ChoiceSet
        legend="Contact preferences (42 CFR Part 2)"
        type="checkbox"
        choices={CONTACT_PREFERENCES.map(([name, label]) => ({
          name,
          value: "on",
          label,
          defaultChecked: initial[name],
        }))}
        errors={
          errors.okToLeaveVoicemail || errors.okToNameCenter || errors.okToText
            ? ["Changed by someone else since you opened this form."]
            : undefined
        }
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
    </ActionForm>
  );
}
