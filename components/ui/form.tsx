"use client";

import { buttonClass, type ButtonVariant } from "./button-class";
import {
  type ChangeEvent,
  type ComponentProps,
  createContext,
  type ReactNode,
  useContext,
  useId,
  useTransition,
} from "react";

/**
 * Form primitives: every input has a label, its error sits next to it and is announced
 * (`aria-describedby` + `aria-invalid`), and the submit button shows progress.
 */
interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  /** Extra classes for the wrapper (e.g. a grid span). */
  className?: string;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}

export function Field({ label, name, errors, hint, className, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, name, "aria-invalid": Boolean(errors?.length), "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

type InputProps = Omit<ComponentProps<"input">, "name" | "id"> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
};

export function TextField({ label, name, errors, hint, className, ...rest }: InputProps) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(a11y) => <input {...rest} {...a11y} className={`${inputClass} ${className ?? ""}`} />}
    </Field>
  );
}

type SelectProps = Omit<ComponentProps<"select">, "name" | "id"> & {
  label: string;
  name: string;
  errors?: string[];
  options: readonly { value: string; label: string }[];
};

export function SelectField({ label, name, errors, options, className, ...rest }: SelectProps) {
  return (
    <Field label={label} name={name} errors={errors}>
      {(a11y) => (
        <select {...rest} {...a11y} className={`${inputClass} ${className ?? ""}`}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type TextAreaProps = Omit<ComponentProps<"textarea">, "name" | "id" | "className"> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  /** Extra classes for the wrapper (e.g. a grid span). */
  className?: string;
};

export function TextAreaField({ label, name, errors, hint, className, rows = 3, ...rest }: TextAreaProps) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint} className={className}>
      {(a11y) => <textarea rows={rows} {...rest} {...a11y} className={inputClass} />}
    </Field>
  );
}

/**
 * A set of radio buttons or checkboxes under one legend, its error at the set. Radios are
 * controlled by `value`/`onChange`; a checkbox by its own `checked`/`onCheck`, or it starts from
 * `defaultChecked`.
 */
export function ChoiceSet({
  legend,
  name,
  type = "radio",
  choices,
  value,
  onChange,
  errors,
  className,
  listClassName = "mt-1 flex flex-wrap gap-4 text-sm",
}: {
  legend: ReactNode;
  name?: string;
  type?: "radio" | "checkbox";
  choices: readonly {
    value: string;
    label: ReactNode;
    /** A checkbox's own name (each box of a set of yes/no questions posts its own field). */
    name?: string;
    defaultChecked?: boolean;
    /** A controlled checkbox. */
    checked?: boolean;
    onCheck?: (checked: boolean) => void;
  }[];
  value?: string;
  onChange?: (value: string) => void;
  errors?: string[];
  className?: string;
  listClassName?: string;
}) {
  const errorId = useId();
  return (
    <fieldset className={className} aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={listClassName}>
        {choices.map((c) => (
          <label key={c.name ?? c.value} className="flex items-start gap-2">
            <input
              type={type}
              name={c.name ?? name}
              value={c.value}
              className="mt-0.5 h-4 w-4"
              {...(onChange
                ? { checked: value === c.value, onChange: () => onChange(c.value) }
                : c.onCheck
                  ? {
                      checked: c.checked,
                      onChange: (e: ChangeEvent<HTMLInputElement>) => c.onCheck?.(e.target.checked),
                    }
                  : { defaultChecked: c.defaultChecked })}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The ids and versions a form posts back unchanged (an undefined or null one is left out). */
export function HiddenFields({ fields }: { fields: Record<string, string | number | undefined | null> }) {
  return Object.entries(fields).map(([name, value]) =>
    value === undefined || value === null ? null : <input key={name} type="hidden" name={name} value={value} />,
  );
}

/** One field of a form described as data: a text-like input, or a select (`kind: "select"`). */
export type FieldSpec =
  ({ kind?: "input" } & Omit<InputProps, "errors">) | ({ kind: "select" } & Omit<SelectProps, "errors">);

/**
 * Fields described as data, each rendered with its label, hint and errors (`errors[name]`).
 * `values`, when given, fills each field whose name it has (null shows as empty).
 */
export function Fields({
  fields,
  errors,
  values,
}: {
  fields: readonly FieldSpec[];
  errors: Partial<Record<string, string[]>>;
  values?: object;
}) {
  const known = values as Readonly<Record<string, unknown>> | undefined;
  return fields.map((spec) => {
    const value = known?.[spec.name];
    const filled = known && spec.name in known ? { defaultValue: value == null ? "" : String(value) } : {};
    if (spec.kind === "select") {
      const { kind: _kind, ...select } = spec;
      return <SelectField key={spec.name} {...select} {...filled} errors={errors[spec.name]} />;
    }
    const { kind: _kind, ...input } = spec;
    return <TextField key={spec.name} {...input} {...filled} errors={errors[spec.name]} />;
  });
}

const PendingContext = createContext(false);

/**
 * A form bound to a server action through `useActionState`. Submitting does not go through the
 * form's `action` attribute because React then resets the form: after a validation error the
 * person on the phone would have to type everything again. Enter submits as usual.
 */
export function ActionForm({
  action,
  hidden,
  children,
  ...rest
}: Omit<ComponentProps<"form">, "action" | "onSubmit" | "hidden"> & {
  action: (formData: FormData) => void;
  /** Ids and versions posted back unchanged (see HiddenFields). */
  hidden?: Record<string, string | number | undefined | null>;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <form
      {...rest}
      noValidate
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => action(formData));
      }}
    >
      {hidden ? <HiddenFields fields={hidden} /> : null}
      <PendingContext.Provider value={pending}>{children}</PendingContext.Provider>
    </form>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  ...rest
}: ComponentProps<"button"> & { pendingLabel?: string; variant?: ButtonVariant }) {
  const pending = useContext(PendingContext);
  return (
    <button
      type="submit"
      {...rest}
      disabled={pending || rest.disabled}
      aria-busy={pending}
      className={buttonClass(variant)}
    >
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}

/** The form-level result, announced politely (success) or assertively (failure). */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null;
  return state.ok ? (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}
