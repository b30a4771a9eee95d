"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import type { SectionKey } from "@/lib/screening/rules/answers-schema";
import { INSTRUMENTS } from "@/lib/screening/rules/instruments";
import { SECTION_TITLES } from "@/lib/screening/rules/questions";
import { saveSectionAction } from "../actions";
import { focusFirstField, handleNumberKeys } from "./keyboard";
import { emptySection, SectionFields, type SectionValue } from "./section-fields";
import { useItemText } from "./voice";

const INSTRUMENT_SECTIONS = new Set<SectionKey>(["phq9", "gad7", "auditc", "cssrs", "ciwa", "cows"]);

/** Instructions before the items and the attribution after them, exactly as defined. */
function InstrumentIntro({ section }: { section: SectionKey }) {
  const itemText = useItemText();
  if (!INSTRUMENT_SECTIONS.has(section)) return null;
  const def = INSTRUMENTS[section as "phq9"];
  return (
    <p className="mb-4 text-sm text-slate-700">
      <span className="font-medium">{itemText(section, "instructions", def.instructions).text}</span>{" "}
      <span className="text-slate-600">({def.lookBack})</span>
      {"precondition" in def && def.precondition ? (
        <span className="block text-slate-600">{def.precondition}</span>
      ) : null}
    </p>
  );
}

function Attribution({ section }: { section: SectionKey }) {
  if (!INSTRUMENT_SECTIONS.has(section)) return null;
  const def = INSTRUMENTS[section as "phq9"];
  return (
    <p className="mt-4 text-xs text-slate-600">
      {def.title}. {def.attribution} {def.licence}
    </p>
  );
}

/**
 * One section of a draft: its questions (number keys answer them), "Save draft" and "Save and
 * continue". Only answers are sent; the server validates them and computes every score.
 */
export function SectionForm({
  screeningId,
  version,
  section,
  initial,
  next,
  sex,
  onLive,
  onSaved,
}: {
  screeningId: string;
  version: number;
  section: SectionKey;
  initial: SectionValue | undefined;
  next: SectionKey | "submit";
  sex: "male" | "female" | null;
  onLive: (value: SectionValue) => void;
  onSaved: (version: number) => void;
}) {
  const [value, setValue] = useState<SectionValue>(() => initial ?? emptySection(section, sex));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial ?? emptySection(section, sex)));
  const fieldsRef = useRef<HTMLDivElement>(null);
  const thenRef = useRef<HTMLInputElement>(null);
  const json = JSON.stringify(value);
  const [state, action] = useActionState(async (previous: ActionState<{ version: number }>, formData: FormData) => {
    const result = await saveSectionAction(previous, formData);
    if (result?.ok) {
      setSavedJson(String(formData.get("answers")));
      if (result.data) onSaved(result.data.version);
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};

  useEffect(() => focusFirstField(fieldsRef.current), []);

  return (
    <section aria-labelledby="section-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="section-title" className="mb-1 text-lg font-semibold">
        {SECTION_TITLES[section]}
      </h2>
      <p className="mb-3 text-xs text-slate-600">
        Number keys answer the focused question and move to the next; Tab and the arrow keys work as usual.
      </p>
      <InstrumentIntro section={section} />
      <div ref={fieldsRef} onKeyDown={handleNumberKeys}>
        <SectionFields
          section={section}
          value={value}
          onChange={(v) => {
            setValue(v);
            onLive(v);
          }}
          errors={errors}
        />
      </div>
      <Attribution section={section} />
      <ActionForm
        action={action}
        aria-label={`Save ${SECTION_TITLES[section]}`}
        className="mt-5 space-y-3 border-t border-slate-200 pt-4"
      >
        <input type="hidden" name="screeningId" value={screeningId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="section" value={section} />
        <input type="hidden" name="answers" value={json} />
        <input type="hidden" name="then" ref={thenRef} defaultValue="" />
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton
            data-continue=""
            pendingLabel="Saving…"
            onClick={() => {
              if (thenRef.current) thenRef.current.value = next;
            }}
          >
            {next === "submit" ? "Save and review" : "Save and continue"}
          </SubmitButton>
          <SubmitButton
            variant="secondary"
            pendingLabel="Saving…"
            onClick={() => {
              if (thenRef.current) thenRef.current.value = "";
            }}
          >
            Save draft
          </SubmitButton>
          <span className="text-sm text-slate-600" aria-live="polite">
            {json === savedJson ? "All answers in this section are saved." : "Unsaved changes in this section."}
          </span>
        </div>
      </ActionForm>
    </section>
  );
}
