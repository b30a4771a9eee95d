"use client";

import { useActionState, useState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/form";
import { DISPOSITION_LABEL, options } from "@/lib/calls/rules/labels";
import { completeCallbackAction, reassignCallbackAction } from "../actions";

/** Complete (logs the outbound call in the same step) or hand the callback to a colleague. */
export function CallbackActions({
  taskId,
  assigneeId,
  assignees,
}: {
  taskId: string;
  assigneeId: string;
  assignees: { id: string; name: string }[];
}) {
  const [open, setOpen] = useState(false);
  const [clientKey] = useState(() => crypto.randomUUID());
  const [done, complete] = useActionState(completeCallbackAction, null);
  const [moved, reassign] = useActionState(reassignCallbackAction, null);
  const errors = done && !done.ok ? done.fieldErrors : {};
  return (
    <div className="w-full max-w-md space-y-3">
      <ActionForm action={reassign} className="flex items-end gap-2">
        <input type="hidden" name="taskId" value={taskId} />
        <div className="flex-1">
          <SelectField
            label="Assigned to"
            name="assigneeId"
            defaultValue={assigneeId}
            options={assignees.map((a) => ({ value: a.id, label: a.name }))}
            errors={moved && !moved.ok ? moved.fieldErrors.assigneeId : undefined}
          />
        </div>
        <SubmitButton variant="secondary" pendingLabel="Moving…">
          Reassign
        </SubmitButton>
      </ActionForm>
      <FormMessage state={moved} />
      {open ? (
        <ActionForm action={complete} className="space-y-3 rounded-md border border-slate-200 p-3">
          <input type="hidden" name="taskId" value={taskId} />
          <input type="hidden" name="clientKey" value={clientKey} />
          <SelectField
            label="How did the callback go?"
            name="disposition"
            options={[{ value: "", label: "Choose…" }, ...options(DISPOSITION_LABEL)]}
            errors={errors.disposition}
            autoFocus
          />
          <TextField
            label="Duration in minutes"
            name="durationMinutes"
            type="number"
            min={0}
            step="any"
            errors={errors.durationMinutes}
          />
          <TextField
            label="Next callback (optional)"
            name="callbackDueAt"
            type="datetime-local"
            errors={errors.callbackDueAt}
          />
          <TextAreaField label="Notes" name="notes" rows={2} errors={errors.notes} />
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Saving…">Log callback</SubmitButton>
            <button type="button" onClick={() => setOpen(false)} className="px-3 text-sm text-slate-700 underline">
              Cancel
            </button>
          </div>
          <FormMessage state={done} />
        </ActionForm>
      ) : (
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white"
        >
          Complete callback
        </button>
      )}
    </div>
  );
}
