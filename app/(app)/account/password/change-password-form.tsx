"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { changeOwnPasswordAction } from "./actions";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm action={action} className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        autoFocus
        errors={errors.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.newPassword}
        hint="At least 12 characters; no other rules. Common passwords are refused."
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </ActionForm>
  );
}
