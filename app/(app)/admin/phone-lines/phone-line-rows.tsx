"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/ui/form";
import { Badge } from "@/components/ui/page";
import { STATUS_OPTIONS } from "@/lib/settings/labels";
import { AddForm, EditButton, EditorRow, RowButton, useRowControls } from "../_components/settings-table";
import { createPhoneLineAction, setMainPhoneLineAction, setPhoneLineActiveAction, updatePhoneLineAction } from "./actions";

/** What the table shows of a line; numbers arrive formatted (the phone metadata stays on the server). */
export interface PhoneLineRowData {
  id: string;
  numberDisplay: string;
  label: string;
  forwardToDisplay: string | null;
  isMain: boolean;
  active: boolean;
  version: number;
}

export const PHONE_LINE_COLUMNS = 6;

const NUMBER_HINT = "US numbers as you would dial them, e.g. (855) 555-0100; others start with + and the country code.";

export function PhoneLineRow({ line }: { line: PhoneLineRowData }) {
  const editButton = useRef<HTMLButtonElement>(null);
  const controls = useRowControls(editButton);
  const editorId = useId();
  const subject = line.numberDisplay;
  return (
    <>
      <tr>
        <th scope="row" className="px-4 py-2 text-left font-medium whitespace-nowrap">
          {line.numberDisplay}
        </th>
        <td className="px-4 py-2">{line.label}</td>
        <td className="px-4 py-2 whitespace-nowrap">{line.forwardToDisplay ?? <span className="text-slate-600">Not forwarded</span>}</td>
        <td className="px-4 py-2">{line.isMain ? <Badge tone="blue">Main line</Badge> : null}</td>
        <td className="px-4 py-2">{line.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}</td>
        <td className="px-4 py-2">
          <div className="flex flex-wrap gap-2">
            <EditButton ref={editButton} expanded={controls.editing} onToggle={controls.toggleEditor} subject={subject} editorId={editorId} />
            {line.active && !line.isMain ? (
              <RowButton
                action={setMainPhoneLineAction}
                fields={{ id: line.id }}
                label="Set as main line"
                subject={subject}
                pendingLabel="Saving…"
                onResult={controls.setNotice}
              />
            ) : null}
            {/* The main line stays active; another line must become the main line first. */}
            {line.isMain ? null : (
              <RowButton
                action={setPhoneLineActiveAction}
                fields={{ id: line.id, active: String(!line.active) }}
                label={line.active ? "Deactivate" : "Reactivate"}
                subject={subject}
                pendingLabel={line.active ? "Deactivating…" : "Reactivating…"}
                onResult={controls.setNotice}
              />
            )}
          </div>
          {controls.notice ? (
            <div className="mt-2">
              <FormMessage state={controls.notice} />
            </div>
          ) : null}
        </td>
      </tr>
      {controls.editing ? (
        <PhoneLineEditor
          id={editorId}
          line={line}
          onCancel={controls.closeEditor}
          onSaved={(result) => {
            controls.closeEditor();
            controls.setNotice(result);
          }}
        />
      ) : null}
    </>
  );
}

function PhoneLineEditor({ id, line, onCancel, onSaved }: { id: string; line: PhoneLineRowData; onCancel: () => void; onSaved: Parameters<typeof EditorRow>[0]["onSaved"] }) {
  // The line as it was when the editor opened: its version is what the save is checked against,
  // even if the table refreshes meanwhile (SECURITY.md C1).
  const [initial] = useState(line);
  const router = useRouter();
  return (
    <EditorRow
      id={id}
      colSpan={PHONE_LINE_COLUMNS}
      title={`Edit ${initial.numberDisplay}`}
      subject={initial.numberDisplay}
      action={updatePhoneLineAction}
      hidden={{ id: initial.id, expectedVersion: String(initial.version) }}
      onCancel={onCancel}
      onSaved={onSaved}
      onConflict={() => router.refresh()}
    >
      {(errors) => (
        <>
          <TextField label="Number" name="number" defaultValue={initial.numberDisplay} inputMode="tel" autoComplete="off" required autoFocus errors={errors.number} />
          <TextField label="Label" name="label" defaultValue={initial.label} autoComplete="off" maxLength={80} required errors={errors.label} />
          <TextField
            label="Forwards to"
            name="forwardTo"
            defaultValue={initial.forwardToDisplay ?? ""}
            inputMode="tel"
            autoComplete="off"
            hint="Optional."
            errors={errors.forwardTo}
          />
          <SelectField label="Status" name="active" defaultValue={String(initial.active)} options={STATUS_OPTIONS} errors={errors.active} />
        </>
      )}
    </EditorRow>
  );
}

export function AddPhoneLineForm() {
  return (
    <AddForm action={createPhoneLineAction} heading="Add a phone line" submitLabel="Add phone line" pendingLabel="Adding…">
      {(errors) => (
        <>
          <TextField label="Phone number" name="number" inputMode="tel" autoComplete="off" required hint={NUMBER_HINT} errors={errors.number} />
          <TextField label="Label" name="label" autoComplete="off" maxLength={80} required hint="What the team calls it, e.g. “Main admissions line”." errors={errors.label} />
          <TextField
            label="Forwards to"
            name="forwardTo"
            inputMode="tel"
            autoComplete="off"
            hint="Optional: the intake desk number the phone system forwards these calls to."
            errors={errors.forwardTo}
          />
        </>
      )}
    </AddForm>
  );
}
