"use client";

import { useId, type ReactNode } from "react";

export interface Choice<V> {
  value: V;
  label: string;
  /** The number key that picks it (shown next to the label). */
  key: string;
}

/**
 * Radios name their group only so that the arrow keys move within it; they must never be sent
 * with a form they happen to sit in (the strict schemas would refuse the extra field). A `form`
 * attribute naming no form leaves them without a form owner.
 */
const NOT_A_FORM = "screening-choice-not-submitted";

/**
 * One question answered by a radio group. Arrow keys move within the group as usual; a number
 * key picks the option showing that number and moves on to the next question (keyboard.ts).
 * The radios are not form fields of their own: the section's answers are sent as one JSON value.
 */
export function ChoiceGroup<V extends string | number | boolean>({
  legend,
  hint,
  choices,
  value,
  onChange,
  errors,
  disabled,
  inline = true,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice<V>[];
  value: V | null | undefined;
  onChange: (value: V) => void;
  errors?: string[] | undefined;
  disabled?: boolean;
  inline?: boolean;
}) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      data-field="choice"
      className={`rounded-md border p-3 ${errors?.length ? "border-red-600" : "border-slate-200"}`}
      aria-describedby={describedBy}
      disabled={disabled}
    >
      <legend className="px-1 text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className={inline ? "flex flex-wrap gap-2" : "grid gap-1"}>
        {choices.map((choice) => (
          <label
            key={String(choice.value)}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-2 py-1.5 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-medium"
          >
            <input
              type="radio"
              name={id}
              form={NOT_A_FORM}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              data-key={choice.key}
              className="accent-brand-700"
            />
            <kbd
              aria-hidden="true"
              className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs text-slate-700"
            >
              {choice.key}
            </kbd>
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export const YES_NO: readonly Choice<boolean>[] = [
  { value: false, label: "No", key: "0" },
  { value: true, label: "Yes", key: "1" },
];

/** The center's own answer lists, keyed 1, 2, 3… in order. */
export function numbered<V extends string>(options: readonly { value: V; label: string }[]): Choice<V>[] {
  return options.map((o, i) => ({ value: o.value, label: o.label, key: String(i + 1) }));
}

/** A scored instrument's options: the number key is the score itself. */
export function scored(options: readonly { value: number; label: string }[]): Choice<number>[] {
  // Clinician scales label options by their score alone ("3"): say "3 points" rather than "3 3".
  return options.map((o) => ({
    value: o.value,
    label: o.label === String(o.value) ? `${o.value} point${o.value === 1 ? "" : "s"}` : o.label,
    key: String(o.value),
  }));
}
