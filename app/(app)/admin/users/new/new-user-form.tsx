"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { createUserAction } from "../actions";
import { TemporaryPassword } from "../_components/temporary-password";

export const ROLE_OPTIONS = [
  { value: "COORDINATOR", label: "Intake coordinator" },
  { value: "CLINICIAN", label: "Clinician" },
  { value: "ADMIN", label: "Administrator" },
] as const;

export function NewUserForm() {
  const [state, action] = useActionState(createUserAction, null);
  if (state?.ok && state.data) {
    return (
      <div className="max-w-lg space-y-4">
        <FormMessage state={state} />
        <TemporaryPassword value={state.data.temporaryPassword} />
        <Link href={`/admin/users/${state.data.userId}`} className="inline-block font-medium text-brand-700 underline">
          Open the account
        </Link>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm action={action} className="max-w-lg space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <TextField label="Name" name="name" autoComplete="off" required autoFocus errors={errors.name} />
      <TextField label="Work email" name="email" type="email" autoComplete="off" required errors={errors.email} />
      <SelectField label="Role" name="role" options={ROLE_OPTIONS} errors={errors.role} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
    </ActionForm>
  );
}
