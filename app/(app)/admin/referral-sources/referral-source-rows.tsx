"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/ui/form";
import { Badge } from "@/components/ui/page";
import type { ReferralSourceType } from "@/lib/generated/prisma/enums";
import { REFERRAL_SOURCE_TYPE_LABELS, REFERRAL_SOURCE_TYPE_OPTIONS, STATUS_OPTIONS } from "@/lib/settings/labels";
import { AddForm, EditButton, EditorRow, RowButton, useRowControls } from "../_components/settings-table";
import { createReferralSourceAction, setReferralSourceActiveAction, updateReferralSourceAction } from "./actions";

export interface ReferralSourceRowData {
  id: string;
  name: string;
  type: ReferralSourceType;
  active: boolean;
  version: number;
}

export const REFERRAL_SOURCE_COLUMNS = 4;

const TYPE_CHOICES = [{ value: "", label: "Choose a type" }, ...REFERRAL_SOURCE_TYPE_OPTIONS];

export function ReferralSourceRow({ source }: { source: ReferralSourceRowData }) {
  const editButton = useRef<HTMLButtonElement>(null);
  const controls = useRowControls(editButton);
  const editorId = useId();
  return (
    <>
      <tr>
        <th scope="row" className="px-4 py-2 text-left font-medium">
          {source.name}
        </th>
        <td className="px-4 py-2">{REFERRAL_SOURCE_TYPE_LABELS[source.type]}</td>
        <td className="px-4 py-2">{source.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}</td>
        <td className="px-4 py-2">
          <div className="flex flex-wrap gap-2">
            <EditButton ref={editButton} expanded={controls.editing} onToggle={controls.toggleEditor} subject={source.name} editorId={editorId} />
            <RowButton
              action={setReferralSourceActiveAction}
              fields={{ id: source.id, active: String(!source.active) }}
              label={source.active ? "Deactivate" : "Reactivate"}
              subject={source.name}
              pendingLabel={source.active ? "Deactivating…" : "Reactivating…"}
              onResult={controls.setNotice}
            />
          </div>
          {controls.notice ? (
            <div className="mt-2">
              <FormMessage state={controls.notice} />
            </div>
          ) : null}
        </td>
      </tr>
      {controls.editing ? (
        <ReferralSourceEditor
          id={editorId}
          source={source}
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

function ReferralSourceEditor({
  id,
  source,
  onCancel,
  onSaved,
}: {
  id: string;
  source: ReferralSourceRowData;
  onCancel: () => void;
  onSaved: Parameters<typeof EditorRow>[0]["onSaved"];
}) {
  // The version the editor opened with is what the save is checked against (SECURITY.md C1).
  const [initial] = useState(source);
  const router = useRouter();
  return (
    <EditorRow
      id={id}
      colSpan={REFERRAL_SOURCE_COLUMNS}
      title={`Edit ${initial.name}`}
      subject={initial.name}
      action={updateReferralSourceAction}
      hidden={{ id: initial.id, expectedVersion: String(initial.version) }}
      onCancel={onCancel}
      onSaved={onSaved}
      onConflict={() => router.refresh()}
    >
      {(errors) => (
        <>
          <TextField label="Name" name="name" defaultValue={initial.name} autoComplete="off" maxLength={120} required autoFocus errors={errors.name} />
          <SelectField label="Type" name="type" defaultValue={initial.type} options={REFERRAL_SOURCE_TYPE_OPTIONS} errors={errors.type} />
          <SelectField label="Status" name="active" defaultValue={String(initial.active)} options={STATUS_OPTIONS} errors={errors.active} />
        </>
      )}
    </EditorRow>
  );
}

export function AddReferralSourceForm() {
  return (
    <AddForm action={createReferralSourceAction} heading="Add a referral source" submitLabel="Add referral source" pendingLabel="Adding…">
      {(errors) => (
        <>
          <TextField
            label="Source name"
            name="name"
            autoComplete="off"
            maxLength={120}
            required
            hint="As coordinators will pick it, e.g. “Mercy General Hospital ED”."
            errors={errors.name}
          />
          <SelectField label="Source type" name="type" defaultValue="" options={TYPE_CHOICES} errors={errors.type} />
        </>
      )}
    </AddForm>
  );
}
