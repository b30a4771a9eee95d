"use client";

import type { FieldSpec } from "@/components/ui/form";
import { CARE_LEVELS, careLevelTitle } from "@/lib/care/rules/levels";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { SettingsRow } from "../_components/settings-row";
import { AddForm } from "../_components/settings-table";
import { expectedLengthField } from "../../_components/care-fields";
import { createProgramAction, updateProgramAction } from "./actions";

export interface ProgramRowData {
  id: string;
  name: string;
  level: CareLevel;
  expectedLengthDays: number;
  active: boolean;
  updatedAtMs: number;
}

/** The fields of a program, for adding one and (but for its level) for editing it. */
const PROGRAM_FIELDS: readonly FieldSpec[] = [
  {
    label: "Program name",
    name: "name",
    required: true,
    maxLength: 80,
    autoComplete: "off",
    hint: "What the team calls it, e.g. “IOP evening”.",
  },
  {
    kind: "select",
    label: "Level of care",
    name: "level",
    options: CARE_LEVELS.map((l) => ({ value: l, label: careLevelTitle(l) })),
  },
  expectedLengthField("Blank: residential 30, IOP 70, PHP 20, withdrawal management 5, outpatient 90."),
];

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
        // The level is not edited: a program's episodes are at its level.
        fields: PROGRAM_FIELDS.filter((f) => f.name !== "level"),
        values: (opened) => opened,
      }}
    />
  );
}

export function AddProgramForm() {
  return (
    <AddForm
      action={createProgramAction}
      heading="Add a program"
      submitLabel="Add program"
      pendingLabel="Adding…"
      fields={PROGRAM_FIELDS}
    />
  );
}
