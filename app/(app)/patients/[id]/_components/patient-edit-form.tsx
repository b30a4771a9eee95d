"use client";

import { useActionState, useState } from "react";
import { ActionForm, ChoiceSet, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { CONTACT_PREFERENCES } from "@/lib/people/contact-preferences";
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
        <TextField
          label="First name"
          name="firstName"
          defaultValue={initial.firstName}
          required
          maxLength={80}
          autoComplete="off"
          errors={errors.firstName}
        />
        <TextField
          label="Last name"
          name="lastName"
          defaultValue={initial.lastName ?? ""}
          maxLength={80}
          autoComplete="off"
          errors={errors.lastName}
        />
        <TextField
          label="Preferred name"
          name="preferredName"
          defaultValue={initial.preferredName ?? ""}
          maxLength={80}
          autoComplete="off"
          errors={errors.preferredName}
        />
        <TextField
          label="Date of birth"
          name="dateOfBirth"
          type="date"
          defaultValue={initial.dateOfBirth ?? ""}
          max={today}
          errors={errors.dateOfBirth}
        />
        <SelectField
          label="Sex at birth"
          name="sexAtBirth"
          defaultValue={initial.sexAtBirth}
          options={SEX_OPTIONS}
          errors={errors.sexAtBirth}
        />
        <TextField
          label="Phone"
          name="phone"
          defaultValue={initial.phoneDisplay}
          inputMode="tel"
          autoComplete="off"
          errors={errors.phone}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          defaultValue={initial.email ?? ""}
          autoComplete="off"
          errors={errors.email}
        />
        <TextField
          label="Insurance payer"
          name="insurancePayer"
          defaultValue={initial.insurancePayer ?? ""}
          maxLength={120}
          autoComplete="off"
          errors={errors.insurancePayer}
        />
        <TextField
          label="Member id"
          name="insuranceMemberId"
          defaultValue={initial.insuranceMemberId ?? ""}
          maxLength={60}
          autoComplete="off"
          errors={errors.insuranceMemberId}
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
