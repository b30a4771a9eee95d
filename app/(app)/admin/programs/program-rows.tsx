"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/ui/form";
import { Badge } from "@/components/ui/page";
import { CARE_LEVELS, LEVEL_LABELS } from "@/lib/care/levels";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { STATUS_OPTIONS } from "@/lib/settings/labels";
import { AddForm, EditButton, EditorRow, useRowControls } from "../_components/settings-table";
import { createProgramAction, updateProgramAction } from "./actions";

export interface ProgramRowData {
  id: string;
  name: string;
  level: CareLevel;
  expectedLengthDays: number;
  active: boolean;
  updatedAtMs: number;
}

export const PROGRAM_COLUMNS = 5;
const levelName = (level: CareLevel) => LEVEL_LABELS[level].charAt(0).toUpperCase() + LEVEL_LABELS[level].slice(1);

export function ProgramRow({ program }: { program: ProgramRowData }) {
  const editButton = useRef<HTMLButtonElement>(null);
  const controls = useRowControls(editButton);
  const editorId = useId();
  return (
    <>
      <tr>
        <th scope="row" className="px-4 py-2 text-left font-medium">{program.name}</th>
        <td className="px-4 py-2">{levelName(program.level)}</td>
        <td className="px-4 py-2">{program.expectedLengthDays} days</td>
        <td className="px-4 py-2">{program.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}</td>
        <td className="px-4 py-2">
          <EditButton ref={editButton} expanded={controls.editing} onToggle={controls.toggleEditor} subject={program.name} editorId={editorId} />
          {controls.notice ? <div className="mt-2"><FormMessage state={controls.notice} /></div> : null}
        </td>
      </tr>
      {controls.editing ? (
        <ProgramEditor
          id={editorId}
          program={program}
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

function ProgramEditor({ id, program, onCancel, onSaved }: { id: string; program: ProgramRowData; onCancel: () => void; onSaved: Parameters<typeof EditorRow>[0]["onSaved"] }) {
  // The program as it was when the editor opened: its last-saved time is the concurrency token.
  const [initial] = useState(program);
  const router = useRouter();
  return (
    <EditorRow
      id={id}
      colSpan={PROGRAM_COLUMNS}
      title={`Edit ${initial.name}`}
      subject={initial.name}
      action={updateProgramAction}
      hidden={{ programId: initial.id, expectedUpdatedAt: String(initial.updatedAtMs) }}
      onCancel={onCancel}
      onSaved={onSaved}
      onConflict={() => router.refresh()}
    >
      {(errors) => (
        <>
          <TextField label="Program name" name="name" defaultValue={initial.name} required maxLength={80} autoFocus errors={errors.name} />
          <TextField label="Expected length in days" name="expectedLengthDays" type="number" min={1} max={365} defaultValue={initial.expectedLengthDays} required errors={errors.expectedLengthDays} />
          <SelectField label="Status" name="active" defaultValue={String(initial.active)} options={STATUS_OPTIONS} errors={errors.active} />
        </>
      )}
    </EditorRow>
  );
}

export function AddProgramForm() {
  return (
    <AddForm action={createProgramAction} heading="Add a program" submitLabel="Add program" pendingLabel="Adding…">
      {(errors) => (
        <>
          <TextField label="Program name" name="name" required maxLength={80} autoComplete="off" hint="What the team calls it, e.g. “IOP evening”." errors={errors.name} />
          <SelectField label="Level of care" name="level" errors={errors.level} options={CARE_LEVELS.map((l) => ({ value: l, label: levelName(l) }))} />
          <TextField label="Expected length in days" name="expectedLengthDays" type="number" min={1} max={365} hint="Blank: residential 30, IOP 70, PHP 20, withdrawal management 5, outpatient 90." errors={errors.expectedLengthDays} />
        </>
      )}
    </AddForm>
  );
}
