"use client";

import { useActionState, useId } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import { resolveSafetyFlagAction } from "../actions";

/** A clinician closes an open safety flag; the resolution text is required. */
export function ResolveFlagForm({ flagId }: { flagId: string }) {
  const [state, action] = useActionState(resolveSafetyFlagAction, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors.resolution : undefined;
  return (
    <ActionForm action={action} aria-label="Resolve this safety flag" className="mt-2 space-y-2">
      <input type="hidden" name="flagId" value={flagId} />
      <label htmlFor={id} className="block text-sm font-medium">
        Resolution (what was done, the outcome)
      </label>
      <textarea
        id={id}
        name="resolution"
        rows={2}
        aria-invalid={Boolean(errors)}
        aria-describedby={errors ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
      />
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <SubmitButton variant="danger" pendingLabel="Resolving…">
        Resolve flag
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
