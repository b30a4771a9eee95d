"use client";

import { useActionState, useId, useState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { checkPipelineMove, PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { PIPELINE_MOVE_TARGETS } from "@/lib/pipeline/schemas";
import { movePipelineAction } from "../actions";

const field =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/**
 * Moving a prospect is one action: choose the stage and press Move (keyboard: Tab, arrows, Enter).
 * Only the moves the rules allow from this stage are offered; a move that needs a reason or the
 * provider referred to asks for it before it can be sent. The server checks everything again.
 */
export function PipelineMoveForm({
  patientId,
  name,
  status,
  version,
}: {
  patientId: string;
  name: string;
  status: PipelineStatus;
  version: number;
}) {
  const [state, action] = useActionState(movePipelineAction, null);
  const targets = PIPELINE_MOVE_TARGETS.filter((to) => checkPipelineMove(status, to).ok);
  const [to, setTo] = useState<string>(targets[0] ?? "");
  const id = useId();
  if (targets.length === 0) return null;
  const check = to ? checkPipelineMove(status, to as PipelineStatus) : null;
  const needs = check?.ok ? check.needs : [];
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm action={action} className="mt-2 space-y-2">
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-to`} className="block text-xs font-medium text-slate-700">
            Move to<span className="sr-only"> (for {name})</span>
          </label>
          <select
            id={`${id}-to`}
            name="to"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className={field}
            aria-invalid={Boolean(errors.to)}
          >
            {targets.map((t) => (
              <option key={t} value={t}>
                {PIPELINE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton variant="secondary" pendingLabel="Moving…">
          Move<span className="sr-only"> {name}</span>
        </SubmitButton>
      </div>
      {needs.includes("referredOutTo") ? (
        <div>
          <label htmlFor={`${id}-ref`} className="block text-xs font-medium text-slate-700">
            Referred to
          </label>
          <input
            id={`${id}-ref`}
            name="referredOutTo"
            required
            maxLength={200}
            className={field}
            aria-invalid={Boolean(errors.referredOutTo)}
            aria-describedby={errors.referredOutTo ? `${id}-ref-error` : undefined}
          />
          {errors.referredOutTo ? (
            <p id={`${id}-ref-error`} className="text-xs text-red-700">
              {errors.referredOutTo.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      {needs.includes("reason") || needs.includes("referredOutTo") ? (
        <div>
          <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-slate-700">
            {needs.includes("reason") ? "Reason" : "Note (optional)"}
          </label>
          <input
            id={`${id}-reason`}
            name="reason"
            required={needs.includes("reason")}
            maxLength={500}
            className={field}
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          />
          {errors.reason ? (
            <p id={`${id}-reason-error`} className="text-xs text-red-700">
              {errors.reason.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      <FormMessage state={state} />
    </ActionForm>
  );
}
