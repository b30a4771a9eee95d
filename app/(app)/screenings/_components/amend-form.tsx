"use client";

import { useActionState, useState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ScreeningAnswersDraft, SectionKey } from "@/lib/screening/rules/answers-schema";
import { LEVEL_LABELS, RECOMMENDED_LEVELS, type RecommendedLevel } from "@/lib/screening/rules/loc-config";
import { SECTION_TITLES } from "@/lib/screening/rules/questions";
import type { AsamRatings } from "@/lib/screening/rules/asam";
import { SECTION_ORDER } from "@/lib/screening/rules/sections";
import { amendScreeningAction } from "../actions";
import { AsamFields } from "./asam-fields";
import { handleNumberKeys } from "./keyboard";
import { emptySection, SectionFields, type SectionValue } from "./section-fields";

/**
 * An amendment of a signed screening: optionally correct one section's answers, confirm or
 * change the decision, give the reason, and sign. The server recomputes the recommendation.
 */
export function AmendForm({
  screeningId,
  version,
  signed,
  finalLevel,
  asam,
  sex,
}: {
  screeningId: string;
  version: number;
  signed: ScreeningAnswersDraft;
  finalLevel: RecommendedLevel;
  asam: AsamRatings | null;
  sex: "male" | "female" | null;
}) {
  const [state, action] = useActionState(amendScreeningAction, null);
  const [section, setSection] = useState<SectionKey | "">("");
  const [value, setValue] = useState<SectionValue | null>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm
      hidden={{ screeningId, expectedVersion: version, answers: section && value ? JSON.stringify(value) : "" }}
      action={action}
      aria-label="Amend the screening"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <SelectField
        label="Correct the answers of a section (optional)"
        name="section"
        value={section}
        onChange={(e) => {
          const next = e.target.value as SectionKey | "";
          setSection(next);
          setValue(next ? ((signed[next] as SectionValue | undefined) ?? emptySection(next, sex)) : null);
        }}
        options={[
          { value: "", label: "No change to the answers" },
          ...SECTION_ORDER.map((s) => ({ value: s, label: SECTION_TITLES[s] })),
        ]}
        errors={errors.section}
      />
      {section && value ? (
        <div onKeyDown={handleNumberKeys} className="rounded-md border border-slate-200 p-3">
          <SectionFields section={section} value={value} onChange={setValue} errors={errors} />
        </div>
      ) : null}
      <SelectField
        label="Level of care you decide on"
        name="finalLevel"
        defaultValue={finalLevel}
        options={RECOMMENDED_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
        errors={errors.finalLevel}
      />
      <TextAreaField
        name="overrideReason"
        label="Reason for choosing a level other than the recommendation (required if it differs)"
        errors={errors.overrideReason}
      />
      <AsamFields initial={asam} errors={errors} />
      <TextAreaField
        name="amendmentReason"
        label="Reason for the amendment (required)"
        errors={errors.amendmentReason}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Signing…">Sign amendment</SubmitButton>
    </ActionForm>
  );
}
