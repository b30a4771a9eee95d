"use client";

import { type ComponentProps, type ReactNode, useActionState, useId } from "react";
import { ActionForm, FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
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
    <ActionForm hidden={hidden} action={formAction} aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="font-semibold text-slate-900">
        {title}
      </h3>
      {children ? <div className="grid gap-3 md:grid-cols-2">{children(errors)}</div> : null}
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </ActionForm>
  );
}

/** A care form's textarea: two rows, across the form's grid. */
export function TextArea(props: ComponentProps<typeof TextAreaField>) {
  return <TextAreaField rows={2} className="md:col-span-2" {...props} />;
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
