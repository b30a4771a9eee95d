"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import { linkCallAction } from "../actions";

export function LinkProspect({ callId }: { callId: string }) {
  const [state, action] = useActionState(linkCallAction, null);
  return (
    <ActionForm action={action} className="mt-2 space-y-2">
      <input type="hidden" name="callId" value={callId} />
      <input type="hidden" name="createProspect" value="on" />
      <p className="text-sm text-slate-600">Not linked to a person yet.</p>
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Create a prospect from this call
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
