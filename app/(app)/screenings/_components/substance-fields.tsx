"use client";

import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { FREQUENCIES, LAST_USE, ROUTES, SUBSTANCES } from "@/lib/screening/rules/questions";
import { ChoiceGroup, numbered, YES_NO } from "./choice-group";
import { useQuestionText } from "./voice";

type Errors = Record<string, string[]>;
type SubstanceUse = NonNullable<ScreeningAnswersDraft["substanceUse"]>;
type Entry = NonNullable<SubstanceUse["substances"]>[number];

const selectClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

function EntrySelect<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  onChange: (v: V | undefined) => void;
  errors: string[] | undefined;
}) {
  return (
    <div data-field="select">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={selectClass}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** Substances, route, frequency, last use and withdrawal history: the project's own drug-use questions. */
export function SubstanceFields({
  value,
  onChange,
  errors,
}: {
  value: SubstanceUse;
  onChange: (v: SubstanceUse) => void;
  errors: Errors;
}) {
  const text = useQuestionText();
  const entries = value.substances ?? [];
  const setEntry = (index: number, patch: Partial<Entry>) => {
    const next = entries.map((e, i) => {
      if (i !== index) return e;
      const merged: Record<string, unknown> = { ...e, ...patch };
      for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
      return merged as Entry;
    });
    onChange({ ...value, substances: next });
  };
  const used = new Set(entries.map((e) => e.substance));
  return (
    <div className="space-y-4">
      <ChoiceGroup
        legend={text("substanceUse.usesSubstances")}
        choices={YES_NO}
        value={value.usesSubstances}
        // "No" means an empty list (what a submission needs); "Yes" opens the first entry.
        onChange={(uses) =>
          onChange({ usesSubstances: uses, substances: uses ? (entries.length ? entries : [{}]) : [] })
        }
        errors={errors["substanceUse.usesSubstances"]}
      />
      {errors["substanceUse.substances"] ? (
        <p className="text-sm text-red-700">{errors["substanceUse.substances"].join(" ")}</p>
      ) : null}
      {value.usesSubstances
        ? entries.map((entry, index) => {
            const path = `substanceUse.substances.${index}`;
            return (
              <section
                key={index}
                aria-label={`Substance ${index + 1}`}
                className="space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3"
              >
                <div className="flex items-start justify-between gap-3">
                  <h3 className="text-sm font-semibold">
                    Substance {index + 1}
                    {index === 0 ? " (main concern)" : ""}
                  </h3>
                  {entries.length > 1 ? (
                    <button
                      type="button"
                      onClick={() => onChange({ ...value, substances: entries.filter((_, i) => i !== index) })}
                      className="text-sm text-red-700 underline"
                    >
                      Remove substance {index + 1}
                    </button>
                  ) : null}
                </div>
                <div className="grid gap-3 sm:grid-cols-2">
                  <EntrySelect
                    id={`${path}.substance`}
                    label="Substance"
                    value={entry.substance}
                    options={SUBSTANCES.filter((s) => s.value === entry.substance || !used.has(s.value))}
                    onChange={(v) => setEntry(index, { substance: v })}
                    errors={errors[`${path}.substance`]}
                  />
                  <EntrySelect
                    id={`${path}.route`}
                    label={text("substanceUse.substances.*.route")}
                    value={entry.route}
                    options={ROUTES}
                    onChange={(v) => setEntry(index, { route: v })}
                    errors={errors[`${path}.route`]}
                  />
                </div>
                <ChoiceGroup
                  legend={text("substanceUse.substances.*.frequency")}
                  choices={numbered(FREQUENCIES)}
                  value={entry.frequency}
                  onChange={(v) => setEntry(index, { frequency: v })}
                  errors={errors[`${path}.frequency`]}
                />
                <ChoiceGroup
                  legend={text("substanceUse.substances.*.lastUse")}
                  choices={numbered(LAST_USE)}
                  value={entry.lastUse}
                  onChange={(v) => setEntry(index, { lastUse: v })}
                  errors={errors[`${path}.lastUse`]}
                />
                <ChoiceGroup
                  legend={text("substanceUse.substances.*.withdrawalHistory")}
                  choices={YES_NO}
                  value={entry.withdrawalHistory}
                  onChange={(v) => setEntry(index, { withdrawalHistory: v })}
                  errors={errors[`${path}.withdrawalHistory`]}
                />
              </section>
            );
          })
        : null}
      {value.usesSubstances && entries.length < SUBSTANCES.length ? (
        <button
          type="button"
          onClick={() => onChange({ ...value, substances: [...entries, {}] })}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          Add another substance
        </button>
      ) : null}
    </div>
  );
}
