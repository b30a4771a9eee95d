"use client";

import { type ReactNode, useActionState, useId } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import type { FieldErrors } from "@/lib/errors";

export type CareAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A titled form for one care action: hidden ids and versions, the fields (given their errors),
 * the result next to the button. A refusal by the rules arrives as the form message; a field
 * error sits under its field. The page refreshes itself after a success (revalidatePath).
 */
export function CareForm({
  title,
  action,
  hidden,
  submitLabel,
  pendingLabel = "Saving…",
  variant = "primary",
  children,
}: {
  title: string;
  action: CareAction;
  hidden: Record<string, string | number>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (errors: FieldErrors) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const headingId = useId();
  return (
    <ActionForm action={formAction} aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="font-semibold text-slate-900">
        {title}
      </h3>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children ? <div className="grid gap-3 md:grid-cols-2">{children(errors)}</div> : null}
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </ActionForm>
  );
}

/** A textarea with its label and error, like TextField. */
export function TextArea({
  label,
  name,
  errors,
  hint,
  required,
  rows = 2,
}: {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  rows?: number;
}) {
  const id = useId();
  const describedBy =
    [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1 md:col-span-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A secondary action folded away until needed: native <details>, so Enter/Space opens it. */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
