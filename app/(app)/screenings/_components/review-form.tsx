"use client";

import { useActionState, useState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";
import { LEVEL_LABELS, RECOMMENDED_LEVELS, type RecommendedLevel } from "@/lib/screening/rules/loc-config";
import { reviewScreeningAction } from "../actions";
import { AsamFields } from "./asam-fields";

/** Accept the recommendation or choose another level with a reason; ASAM ratings; sign off. */
export function ReviewForm({
  screeningId,
  version,
  recommended,
}: {
  screeningId: string;
  version: number;
  recommended: RecommendedLevel;
}) {
  const [state, action] = useActionState(reviewScreeningAction, null);
  const [decision, setDecision] = useState<"accept" | "override">("accept");
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm
      action={action}
      aria-label="Clinical review"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <input type="hidden" name="screeningId" value={screeningId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <fieldset>
        <legend className="text-base font-semibold">Your decision</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="decision"
              value="accept"
              checked={decision === "accept"}
              onChange={() => setDecision("accept")}
              className="mt-1"
            />
            <span>
              Accept the recommendation: <strong>{LEVEL_LABELS[recommended]}</strong>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="decision"
              value="override"
              checked={decision === "override"}
              onChange={() => setDecision("override")}
              className="mt-1"
            />
            <span>Choose another level of care (override, with a reason)</span>
          </label>
        </div>
        {errors.decision ? <p className="text-sm text-red-700">{errors.decision.join(" ")}</p> : null}
      </fieldset>
      {decision === "override" ? (
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
          <SelectField
            label="Level of care you decide on"
            name="finalLevel"
            defaultValue=""
            options={[
              { value: "", label: "Choose…" },
              ...RECOMMENDED_LEVELS.filter((l) => l !== recommended).map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
            ]}
            errors={errors.finalLevel}
          />
          <div>
            <label htmlFor="override-reason" className="block text-sm font-medium">
              Reason for the override (required)
            </label>
            <textarea
              id="override-reason"
              name="overrideReason"
              rows={3}
              aria-invalid={Boolean(errors.overrideReason)}
              aria-describedby={errors.overrideReason ? "override-reason-error" : undefined}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
            />
            {errors.overrideReason ? (
              <p id="override-reason-error" className="mt-1 text-sm text-red-700">
                {errors.overrideReason.join(" ")}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      <AsamFields initial={null} errors={errors} />
      <FormMessage state={state} />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel="Signing…">Sign off</SubmitButton>
        <span className="text-sm text-slate-600">Signing locks the screening; later corrections are amendments.</span>
      </div>
    </ActionForm>
  );
}
