"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { createFirstAdminAction } from "./actions";

export function SetupForm() {
  const [state, action] = useActionState(createFirstAdminAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm action={action} className="mt-6 space-y-4">
      <TextField label="Your name" name="name" autoComplete="name" required autoFocus errors={errors.name} />
      <TextField label="Work email" name="email" type="email" autoComplete="username" required errors={errors.email} />
      <TextField
        label="Password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.newPassword}
        hint="At least 12 characters. A short sentence you can remember works well."
      />
      <TextField
        label="Repeat the password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Creating…">Create administrator</SubmitButton>
    </ActionForm>
  );
}
