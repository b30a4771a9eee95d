"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { resolveSafetyFlagAction } from "../actions";

/** A clinician closes an open safety flag; the resolution text is required. */
export function ResolveFlagForm({ flagId }: { flagId: string }) {
  const [state, action] = useActionState(resolveSafetyFlagAction, null);
  return (
    <ActionForm action={action} aria-label="Resolve this safety flag" className="mt-2 space-y-2">
      <input type="hidden" name="flagId" value={flagId} />
      <TextAreaField
        label="Resolution (what was done, the outcome)"
        name="resolution"
        rows={2}
        errors={state && !state.ok ? state.fieldErrors.resolution : undefined}
      />
      <SubmitButton variant="danger" pendingLabel="Resolving…">
        Resolve flag
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
