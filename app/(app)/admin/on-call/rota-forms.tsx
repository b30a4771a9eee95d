"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { addShiftAction, cancelShiftAction, updateAckSettingsAction } from "./actions";

type Option = { value: string; label: string };

export function AddShiftForm({ clinicians }: { clinicians: Option[] }) {
  const [state, action] = useActionState(addShiftAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm action={action} aria-label="Add an on-call shift" className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="Clinician on call"
        name="clinicianId"
        options={[{ value: "", label: "Choose…" }, ...clinicians]}
        errors={errors.clinicianId}
      />
      <SelectField
        label="Fallback (takes escalated flags)"
        name="fallbackId"
        options={[{ value: "", label: "No fallback" }, ...clinicians]}
        errors={errors.fallbackId}
      />
      <TextField label="Starts (center time)" name="startsAt" type="datetime-local" errors={errors.startsAt} />
      <TextField label="Ends (center time)" name="endsAt" type="datetime-local" errors={errors.endsAt} />
      <div className="space-y-2 sm:col-span-2">
        <SubmitButton pendingLabel="Adding…">Add shift</SubmitButton>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

export function CancelShiftButton({ shiftId, label }: { shiftId: string; label: string }) {
  const [state, action] = useActionState(cancelShiftAction, null);
  return (
    <ActionForm action={action}>
      <input type="hidden" name="shiftId" value={shiftId} />
      <SubmitButton variant="secondary" pendingLabel="Removing…" aria-label={`Remove the shift: ${label}`}>
        Remove
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

export function AckSettingsForm({
  settings,
}: {
  settings: { highAckMinutes: number; moderateAckMinutes: number; version: number };
}) {
  const [state, action] = useActionState(updateAckSettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm action={action} aria-label="Acknowledgement times" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="expectedVersion" value={settings.version} />
      <TextField
        label="High risk: minutes to acknowledge"
        name="highAckMinutes"
        type="number"
        min={1}
        defaultValue={settings.highAckMinutes}
        errors={errors.highAckMinutes}
      />
      <TextField
        label="Moderate risk: minutes to acknowledge"
        name="moderateAckMinutes"
        type="number"
        min={1}
        defaultValue={settings.moderateAckMinutes}
        errors={errors.moderateAckMinutes}
      />
      <div className="space-y-2 sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">Save times</SubmitButton>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
