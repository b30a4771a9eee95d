"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import { acknowledgeFlagAction } from "../actions";

/** One button: "I have this flag" — stops its clock. */
export function AcknowledgeButton({ flagId, personName }: { flagId: string; personName: string }) {
  const [state, action] = useActionState(acknowledgeFlagAction, null);
  return (
    <ActionForm action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="flagId" value={flagId} />
      <SubmitButton pendingLabel="Acknowledging…" aria-label={`Acknowledge the flag for ${personName}`}>
        Acknowledge
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
