"use client";

import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import {
  CO_OCCURRING_COMPLEXITY,
  DIAGNOSES,
  INSURANCE_COVERAGE,
  SERVICES_NOT_OFFERED,
  STEP_DOWN_FROM,
  TREATMENT_PATHWAYS,
} from "@/lib/screening/rules/questions";
import { ChoiceGroup, numbered, YES_NO } from "./choice-group";
import { useQuestionText } from "./voice";

type Errors = Record<string, string[]>;
type Draft = ScreeningAnswersDraft;
const inputClass =
  "mt-1 block w-full max-w-xs rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/** Sections that are all yes/no questions (medical, home, obligations). */
export function YesNoSection<K extends string>({
  section,
  keys,
  value,
  onChange,
  errors,
}: {
  section: "medical" | "home" | "obligations";
  keys: readonly K[];
  value: Partial<Record<K, boolean>>;
  onChange: (v: Partial<Record<K, boolean>>) => void;
  errors: Errors;
}) {
  const text = useQuestionText();
  return (
    <div className="space-y-3">
      {keys.map((key) => (
        <ChoiceGroup
          key={key}
          legend={text(`${section}.${key}`)}
          choices={YES_NO}
          value={value[key]}
          onChange={(v) => onChange({ ...value, [key]: v })}
          errors={errors[`${section}.${key}`]}
        />
      ))}
    </div>
  );
}

function CountField({
  label,
  value,
  onChange,
  errors,
  name,
}: {
  label: string;
  name: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  errors: string[] | undefined;
}) {
  const id = `count-${name}`;
  return (
    <div data-field="count" className="rounded-md border border-slate-200 p-3">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={99}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={inputClass}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Treatment = NonNullable<Draft["treatmentHistory"]>;
export function TreatmentFields({
  value,
  onChange,
  errors,
}: {
  value: Treatment;
  onChange: (v: Treatment) => void;
  errors: Errors;
}) {
  const text = useQuestionText();
  return (
    <div className="space-y-3">
      <ChoiceGroup
        legend={text("treatmentHistory.pathway")}
        choices={numbered(TREATMENT_PATHWAYS)}
        value={value.pathway}
        onChange={(pathway) => {
          const { steppingDownFrom, ...rest } = value;
          // The step-down level belongs to a step-down only.
          onChange(
            pathway === "stepping-down"
              ? { ...rest, pathway, ...(steppingDownFrom ? { steppingDownFrom } : {}) }
              : {
                  ...rest,
                  pathway,
                  ...(pathway === "first-time" ? { priorTreatmentEpisodes: 0, relapsesAfterTreatment: 0 } : {}),
                },
          );
        }}
        errors={errors["treatmentHistory.pathway"]}
      />
      {value.pathway === "stepping-down" ? (
        <ChoiceGroup
          legend={text("treatmentHistory.steppingDownFrom")}
          choices={numbered(STEP_DOWN_FROM)}
          value={value.steppingDownFrom}
          onChange={(v) => onChange({ ...value, steppingDownFrom: v })}
          errors={errors["treatmentHistory.steppingDownFrom"]}
        />
      ) : null}
      <CountField
        name="prior"
        label={text("treatmentHistory.priorTreatmentEpisodes")}
        value={value.priorTreatmentEpisodes}
        onChange={(v) => onChange(withCount(value, "priorTreatmentEpisodes", v))}
        errors={errors["treatmentHistory.priorTreatmentEpisodes"]}
      />
      <CountField
        name="relapses"
        label={text("treatmentHistory.relapsesAfterTreatment")}
        value={value.relapsesAfterTreatment}
        onChange={(v) => onChange(withCount(value, "relapsesAfterTreatment", v))}
        errors={errors["treatmentHistory.relapsesAfterTreatment"]}
      />
    </div>
  );
}

function withCount(
  value: Treatment,
  key: "priorTreatmentEpisodes" | "relapsesAfterTreatment",
  count: number | undefined,
): Treatment {
  const { [key]: _drop, ...rest } = value;
  return count === undefined ? rest : { ...rest, [key]: count };
}

type CoOccurring = NonNullable<Draft["coOccurring"]>;
export function CoOccurringFields({
  value,
  onChange,
  errors,
}: {
  value: CoOccurring;
  onChange: (v: CoOccurring) => void;
  errors: Errors;
}) {
  const text = useQuestionText();
  const diagnoses = value.diagnoses ?? [];
  return (
    <div className="space-y-3">
      <ChoiceGroup
        legend={text("coOccurring.present")}
        choices={YES_NO}
        value={value.present}
        onChange={(present) => onChange(present ? { ...value, present } : { present })}
        errors={errors["coOccurring.present"]}
      />
      {value.present ? (
        <>
          <ChoiceGroup
            legend={text("coOccurring.complexity")}
            choices={numbered(CO_OCCURRING_COMPLEXITY)}
            value={value.complexity}
            onChange={(complexity) => onChange({ ...value, complexity })}
            errors={errors["coOccurring.complexity"]}
            inline={false}
          />
          <fieldset data-field="checkboxes" className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-900">{text("coOccurring.diagnoses")}</legend>
            <div className="flex flex-wrap gap-3">
              {DIAGNOSES.map((d) => (
                <label key={d.value} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={diagnoses.includes(d.value)}
                    onChange={(e) =>
                      onChange({
                        ...value,
                        diagnoses: e.target.checked ? [...diagnoses, d.value] : diagnoses.filter((x) => x !== d.value),
                      })
                    }
                  />
                  {d.label}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}
    </div>
  );
}

type Insurance = NonNullable<Draft["insurance"]>;
export function InsuranceFields({
  value,
  onChange,
  errors,
}: {
  value: Insurance;
  onChange: (v: Insurance) => void;
  errors: Errors;
}) {
  const text = useQuestionText();
  return (
    <div className="space-y-3">
      <ChoiceGroup
        legend={text("insurance.coverage")}
        choices={numbered(INSURANCE_COVERAGE)}
        value={value.coverage}
        onChange={(coverage) => onChange({ ...value, coverage })}
        errors={errors["insurance.coverage"]}
        inline={false}
      />
      <div data-field="text" className="rounded-md border border-slate-200 p-3">
        <label htmlFor="insurance-payer" className="block text-sm font-medium text-slate-900">
          {text("insurance.payer")} (optional)
        </label>
        <input
          id="insurance-payer"
          autoComplete="off"
          value={value.payer ?? ""}
          maxLength={120}
          onChange={(e) => {
            const { payer: _drop, ...rest } = value;
            onChange(e.target.value.trim() ? { ...rest, payer: e.target.value } : rest);
          }}
          aria-invalid={Boolean(errors["insurance.payer"])}
          aria-describedby={errors["insurance.payer"] ? "insurance-payer-error" : undefined}
          className={inputClass}
        />
        {errors["insurance.payer"] ? (
          <p id="insurance-payer-error" className="mt-1 text-sm text-red-700">
            {errors["insurance.payer"].join(" ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}

type ServiceFit = NonNullable<Draft["serviceFit"]>;
export function ServiceFitFields({
  value,
  onChange,
  errors,
}: {
  value: ServiceFit;
  onChange: (v: ServiceFit) => void;
  errors: Errors;
}) {
  const text = useQuestionText();
  return (
    <ChoiceGroup
      legend={text("serviceFit.serviceNotOffered")}
      choices={numbered(SERVICES_NOT_OFFERED)}
      value={value.serviceNotOffered}
      onChange={(v) => onChange({ serviceNotOffered: v })}
      errors={errors["serviceFit.serviceNotOffered"]}
      inline={false}
    />
  );
}
