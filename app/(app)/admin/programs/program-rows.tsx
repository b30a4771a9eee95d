"use client";

import { SelectField, TextField } from "@/components/ui/form";
import { CARE_LEVELS, careLevelTitle } from "@/lib/care/rules/levels";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { STATUS_OPTIONS } from "@/lib/settings/labels";
import { SettingsRow } from "../_components/settings-row";
import { AddForm } from "../_components/settings-table";
import { createProgramAction, updateProgramAction } from "./actions";

export interface ProgramRowData {
  id: string;
  name: string;
  level: CareLevel;
  expectedLengthDays: number;
  active: boolean;
  updatedAtMs: number;
}

/** Programs have no deactivate button: their status is changed in the editor. */
export function ProgramRow({ program }: { program: ProgramRowData }) {
  return (
    <SettingsRow
      row={program}
      nameOf={(p) => p.name}
      cells={[{ content: careLevelTitle(program.level) }, { content: `${program.expectedLengthDays} days` }]}
      edit={{
        action: updateProgramAction,
        // Program has no version column: its last-saved time is the concurrency token.
        hidden: (opened) => ({ programId: opened.id, expectedUpdatedAt: String(opened.updatedAtMs) }),
        fields: (opened, errors) => (
          <>
            <TextField
              label="Program name"
              name="name"
              defaultValue={opened.name}
              required
              maxLength={80}
              autoFocus
              errors={errors.name}
            />
            <TextField
              label="Expected length in days"
              name="expectedLengthDays"
              type="number"
              min={1}
              max={365}
              defaultValue={opened.expectedLengthDays}
              required
              errors={errors.expectedLengthDays}
            />
            <SelectField
              label="Status"
              name="active"
              defaultValue={String(opened.active)}
              options={STATUS_OPTIONS}
              errors={errors.active}
            />
          </>
        ),
      }}
    />
  );
}

export function AddProgramForm() {
  return (
    <AddForm action={createProgramAction} heading="Add a program" submitLabel="Add program" pendingLabel="Adding…">
      {(errors) => (
        <>
          <TextField
            label="Program name"
            name="name"
            required
            maxLength={80}
            autoComplete="off"
            hint="What the team calls it, e.g. “IOP evening”."
            errors={errors.name}
          />
          <SelectField
            label="Level of care"
            name="level"
            errors={errors.level}
            options={CARE_LEVELS.map((l) => ({ value: l, label: careLevelTitle(l) }))}
          />
          <TextField
            label="Expected length in days"
            name="expectedLengthDays"
            type="number"
            min={1}
            max={365}
            hint="Blank: residential 30, IOP 70, PHP 20, withdrawal management 5, outpatient 90."
            errors={errors.expectedLengthDays}
          />
        </>
      )}
    </AddForm>
  );
}
