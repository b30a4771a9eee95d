"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import { startScreeningAction } from "../actions";

/** Starting is a POST (docs/security.md X7): a link or a reload never creates a screening. */
export function StartForm({
  callId,
  patientId,
  label,
  autoFocus = false,
}: {
  callId?: string;
  patientId?: string;
  label: string;
  autoFocus?: boolean;
}) {
  const [state, action] = useActionState(startScreeningAction, null);
  return (
    <ActionForm action={action} aria-label={label} className="space-y-2">
      {callId ? <input type="hidden" name="callId" value={callId} /> : null}
      {patientId ? <input type="hidden" name="patientId" value={patientId} /> : null}
      <SubmitButton pendingLabel="Starting…" autoFocus={autoFocus}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
