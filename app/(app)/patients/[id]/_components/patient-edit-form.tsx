"use client";

import { useActionState, useState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
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
  const check = (name: "okToLeaveVoicemail" | "okToNameCenter" | "okToText", label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={initial[name]} className="h-4 w-4" />
      {label}
    </label>
  );
  return (
    <ActionForm action={action} aria-label="Edit patient details" className="space-y-4">
      <input type="hidden" name="patientId" value={initial.patientId} />
      <input type="hidden" name="expectedVersion" value={version} />
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
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Contact preferences (42 CFR Part 2)</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {check("okToLeaveVoicemail", "OK to leave a voicemail")}
          {check("okToNameCenter", "OK to name the center")}
          {check("okToText", "OK to text")}
        </div>
        {errors.okToLeaveVoicemail || errors.okToNameCenter || errors.okToText ? (
          <p className="text-sm text-red-700">Changed by someone else since you opened this form.</p>
        ) : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
    </ActionForm>
  );
}
