"use client";

import { buttonClass, type ButtonVariant } from "./button-class";
import { type ComponentProps, createContext, type ReactNode, useContext, useId, useTransition } from "react";

/**
 * Form primitives: every input has a label, its error sits next to it and is announced
 * (`aria-describedby` + `aria-invalid`), and the submit button shows progress.
 */
interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}

export function Field({ label, name, errors, hint, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
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

const PendingContext = createContext(false);

/**
 * A form bound to a server action through `useActionState`. Submitting does not go through the
 * form's `action` attribute because React then resets the form: after a validation error the
 * person on the phone would have to type everything again. Enter submits as usual.
 */
export function ActionForm({
  action,
  children,
  ...rest
}: Omit<ComponentProps<"form">, "action" | "onSubmit"> & { action: (formData: FormData) => void }) {
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
