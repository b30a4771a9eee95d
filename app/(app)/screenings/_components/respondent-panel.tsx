"use client";

import { useActionState, useState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { respondentSummary } from "@/lib/screening/rules/informant";
import { INFORMANT_RELATIONS, PRONOUNS, RESPONDENTS, SECTION_QUESTIONS } from "@/lib/screening/rules/questions";
import { saveSectionAction } from "../actions";
import { ChoiceGroup, numbered } from "./choice-group";

type Respondent = NonNullable<ScreeningAnswersDraft["respondent"]>;
const text = (path: string) => SECTION_QUESTIONS[path]?.text ?? path;

/**
 * Who is answering, above the sections: the person, or an informant with their relation and how
 * the questions name the person. Saved as the screening's `respondent` answers; the questions
 * switch to the third person at once.
 */
export function RespondentPanel({
  screeningId,
  version,
  initial,
  onSaved,
}: {
  screeningId: string;
  version: number;
  initial: Respondent | undefined;
  onSaved: (version: number, respondent: Respondent) => void;
}) {
  const [value, setValue] = useState<Respondent>(initial ?? {});
  const [open, setOpen] = useState(initial?.who === "informant" && (!initial.relation || !initial.pronoun));
  const [state, action] = useActionState(async (previous: ActionState<{ version: number }>, formData: FormData) => {
    const result = await saveSectionAction(previous, formData);
    if (result?.ok && result.data) {
      onSaved(result.data.version, value);
      setOpen(false);
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <section
      aria-labelledby="respondent-title"
      className="mb-4 rounded-lg border border-slate-300 bg-white p-4 text-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="respondent-title" className="font-semibold">
          Who is answering
        </h2>
        {!open ? (
          <button type="button" className="text-brand-700 underline" onClick={() => setOpen(true)}>
            Change who is answering
          </button>
        ) : null}
      </div>
      <p className="mt-1" aria-live="polite">
        {respondentSummary(initial)}
      </p>
      {open ? (
        <ActionForm action={action} aria-label="Save who is answering" className="mt-3 space-y-3">
          <input type="hidden" name="screeningId" value={screeningId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <input type="hidden" name="section" value="respondent" />
          <input type="hidden" name="answers" value={JSON.stringify(value)} />
          <ChoiceGroup
            legend={text("respondent.who")}
            choices={numbered(RESPONDENTS)}
            value={value.who}
            onChange={(who) => setValue(who === "self" ? { who } : { ...value, who })}
            errors={errors["respondent.who"]}
            inline={false}
          />
          {value.who === "informant" ? (
            <>
              <ChoiceGroup
                legend={text("respondent.relation")}
                choices={numbered(INFORMANT_RELATIONS)}
                value={value.relation}
                onChange={(relation) => setValue({ ...value, relation })}
                errors={errors["respondent.relation"]}
                inline={false}
              />
              <ChoiceGroup
                legend={text("respondent.pronoun")}
                choices={numbered(PRONOUNS)}
                value={value.pronoun}
                onChange={(pronoun) => setValue({ ...value, pronoun })}
                errors={errors["respondent.pronoun"]}
              />
            </>
          ) : null}
          <SubmitButton pendingLabel="Saving…">Save who is answering</SubmitButton>
          <FormMessage state={state} />
        </ActionForm>
      ) : null}
    </section>
  );
}
