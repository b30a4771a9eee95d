"use client";

import { useActionState, useState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { recordCssrsReaskAction } from "../actions";
import { CssrsFields } from "./instrument-fields";
import { handleNumberKeys } from "./keyboard";

type Cssrs = NonNullable<ScreeningAnswersDraft["cssrs"]>;

/**
 * The C-SSRS screener asked again after a positive PHQ-9 item 9 with a negative or low result
 * (ADR 0015): the same questions and branching, recorded with who and when. The screening keeps
 * the more dangerous of the two results.
 */
export function CssrsReaskForm({
  screeningId,
  version,
  onSaved,
}: {
  screeningId: string;
  version: number;
  onSaved: (version: number) => void;
}) {
  const [value, setValue] = useState<Cssrs>({});
  const [state, action] = useActionState(async (previous: ActionState<{ version: number }>, formData: FormData) => {
    const result = await recordCssrsReaskAction(previous, formData);
    if (result?.ok && result.data) onSaved(result.data.version);
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ActionForm
      action={action}
      aria-label="Re-ask the C-SSRS"
      className="mt-4 space-y-3 rounded-md border border-amber-600 bg-white p-3 text-slate-900"
    >
      <h3 className="font-semibold">Re-ask the C-SSRS screener</h3>
      <input type="hidden" name="screeningId" value={screeningId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="answers" value={JSON.stringify(value)} />
      <div data-reask="" onKeyDown={handleNumberKeys}>
        <CssrsFields value={value} onChange={setValue} errors={errors} />
      </div>
      <SubmitButton pendingLabel="Saving…">Record the re-ask</SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
