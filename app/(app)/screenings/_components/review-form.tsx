"use client";

import { useActionState, useState } from "react";
import { ActionForm, ChoiceSet, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
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
      hidden={{ screeningId, expectedVersion: version }}
      action={action}
      aria-label="Clinical review"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <ChoiceSet
        legend="Your decision"
        name="decision"
        value={decision}
        onChange={(v) => setDecision(v as "accept" | "override")}
        choices={[
          {
            value: "accept",
            label: (
              <>
                Accept the recommendation: <strong>{LEVEL_LABELS[recommended]}</strong>
              </>
            ),
          },
          { value: "override", label: "Choose another level of care (override, with a reason)" },
        ]}
        listClassName="mt-2 space-y-2 text-sm"
        errors={errors.decision}
      />
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
          <TextAreaField
            label="Reason for the override (required)"
            name="overrideReason"
            errors={errors.overrideReason}
          />
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
