"use client";

import { type ReactNode, type RefObject, useActionState, useEffect, useId, useRef, useState } from "react";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-class";
import { ActionForm, type FieldSpec, Fields, FormMessage, SubmitButton } from "@/components/ui/form";
import { Card } from "@/components/ui/page";
import type { ActionState } from "@/lib/action";
import type { FieldErrors } from "@/lib/errors";

/**
 * Shared pieces of the settings tables (phone lines, referral sources, programs): one-click row
 * actions, an inline editor row and an "add" form; SettingsRow (settings-row.tsx) puts the row
 * pieces together. Everything works with the keyboard alone: Enter saves, Escape closes the
 * editor, and focus goes back to the row's Edit button afterwards.
 */
export type SettingsAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** `useActionState` around an action that also hands its result to `onResult`. */
function useReportingAction(action: SettingsAction, onResult: (result: ActionState) => void) {
  return useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    onResult(result);
    return result;
  }, null);
}

/** A button that runs one action for one row (deactivate, set as main line). */
export function RowButton({
  action,
  fields,
  label,
  subject,
  pendingLabel,
  variant = "secondary",
  onResult,
}: {
  action: SettingsAction;
  fields: Record<string, string>;
  label: string;
  /** Read after the label by screen readers, so each row's button has a unique name. */
  subject: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  onResult: (result: ActionState) => void;
}) {
  const [, formAction] = useReportingAction(action, onResult);
  return (
    <ActionForm hidden={fields} action={formAction}>
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
        <span className="sr-only"> {subject}</span>
      </SubmitButton>
    </ActionForm>
  );
}

/**
 * A row's state: its editor (open or not) and its notice (the last result of its actions). After
 * a row action the table may re-sort (active first), so focus goes back to the row's Edit
 * button, which always exists, rather than being lost.
 */
export function useRowControls(editButton: RefObject<HTMLButtonElement | null>) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<ActionState>(null);
  useEffect(() => {
    if (notice) editButton.current?.focus();
  }, [notice, editButton]);
  const closeEditor = () => {
    setEditing(false);
    editButton.current?.focus();
  };
  const toggleEditor = () => (editing ? closeEditor() : setEditing(true));
  return { editing, toggleEditor, closeEditor, notice, setNotice };
}

export function EditButton({
  ref,
  expanded,
  onToggle,
  subject,
  editorId,
}: {
  ref: RefObject<HTMLButtonElement | null>;
  expanded: boolean;
  onToggle: () => void;
  subject: string;
  editorId: string;
}) {
  return (
    <button
      ref={ref}
      type="button"
      className={buttonClass("secondary")}
      aria-expanded={expanded}
      aria-controls={expanded ? editorId : undefined}
      onClick={onToggle}
    >
      Edit
      <span className="sr-only"> {subject}</span>
    </button>
  );
}

/**
 * The inline editor, as a full-width row under the row it edits. `onSaved` closes it;
 * a conflict keeps it open with the changed fields marked.
 */
export function EditorRow({
  id,
  colSpan,
  title,
  subject,
  action,
  hidden,
  onCancel,
  onSaved,
  onConflict,
  children,
}: {
  id: string;
  colSpan: number;
  title: string;
  subject: string;
  action: SettingsAction;
  hidden: Record<string, string>;
  onCancel: () => void;
  onSaved: (result: ActionState) => void;
  onConflict: () => void;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const [state, formAction] = useReportingAction(action, (result) => {
    if (result?.ok) onSaved(result);
    else if (result?.changedFields?.length) onConflict();
  });
  const errors = state && !state.ok ? state.fieldErrors : {};
  const titleId = useId();
  return (
    <tr id={id} className="bg-slate-50">
      <td colSpan={colSpan} className="px-4 py-4">
        <ActionForm
          hidden={hidden}
          action={formAction}
          aria-labelledby={titleId}
          className="space-y-3"
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              onCancel();
            }
          }}
        >
          <h3 id={titleId} className="font-semibold">
            {title}
          </h3>
          <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-4">{children(errors)}</div>
          {state && !state.ok ? <FormMessage state={state} /> : null}
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Saving…">
              Save<span className="sr-only"> {subject}</span>
            </SubmitButton>
            <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
              Cancel
            </button>
            <p className="self-center text-xs text-slate-600">Enter saves, Escape cancels.</p>
          </div>
        </ActionForm>
      </td>
    </tr>
  );
}

/** The "add" form: clears itself after a success and puts the cursor back in its first field. */
export function AddForm({
  action,
  heading,
  submitLabel,
  pendingLabel,
  fields,
}: {
  action: SettingsAction;
  heading: string;
  submitLabel: string;
  pendingLabel: string;
  fields: readonly FieldSpec[];
}) {
  const [generation, setGeneration] = useState(0);
  const [state, formAction] = useReportingAction(action, (result) => {
    if (result?.ok) setGeneration((g) => g + 1);
  });
  const errors = state && !state.ok ? state.fieldErrors : {};
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (generation > 0) wrapper.current?.querySelector<HTMLElement>("input:not([type=hidden]), select")?.focus();
  }, [generation]);
  const headingId = useId();
  return (
    <Card className="mt-6">
      <h2 id={headingId} className="font-semibold">
        {heading}
      </h2>
      <div ref={wrapper}>
        {/* A new key after each success empties the fields (ActionForm never resets by itself). */}
        <ActionForm key={generation} action={formAction} aria-labelledby={headingId} className="mt-3 space-y-3">
          <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-4">
            <Fields fields={fields} errors={errors} />
          </div>
          <FormMessage state={state} />
          <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        </ActionForm>
      </div>
    </Card>
  );
}
