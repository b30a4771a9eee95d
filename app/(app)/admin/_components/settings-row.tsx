"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useId, useRef, useState } from "react";
import { type FieldSpec, Fields, FormMessage } from "@/components/ui/form";
import { Badge } from "@/components/ui/page";
import type { ActionState } from "@/lib/action";
import { STATUS_OPTIONS } from "@/lib/settings/labels";
import { EditButton, EditorRow, RowButton, type SettingsAction, useRowControls } from "./settings-table";

/** A data cell between the row's name and its status. */
export interface SettingsCell {
  content: ReactNode;
  /** Phone numbers read badly broken over two lines. */
  noWrap?: boolean;
}

/** How a row is edited; every function gets the row as it was when the editor opened. */
export interface SettingsEditor<Row> {
  action: SettingsAction;
  /**
   * The row's id and the concurrency token the save is checked against (docs/security.md C1): taken
   * from the row as it was when the editor opened, even if the table refreshes meanwhile.
   */
  hidden: (opened: Row) => Record<string, string>;
  /** The editable fields (the add form's, as a rule); a Status select follows them. */
  fields: readonly FieldSpec[];
  /** What the fields start from (by field name). */
  values: (opened: Row) => object;
}

const STATUS_FIELD: FieldSpec = { kind: "select", label: "Status", name: "active", options: STATUS_OPTIONS };

interface SettingsRowProps<Row extends { id: string; active: boolean }> {
  row: Row;
  /** The row header, also read after each button's label so that every button name is unique. */
  nameOf: (row: Row) => string;
  noWrapName?: boolean;
  cells: readonly SettingsCell[];
  edit: SettingsEditor<Row>;
  /** Posts `id` and the opposite `active` to deactivate or reactivate the row; absent: no toggle. */
  setActive?: SettingsAction;
  /** Buttons between Edit and the toggle; they hand their result to `onResult` (see RowButton). */
  moreActions?: (onResult: (result: ActionState) => void) => ReactNode;
}

/**
 * One row of a settings table: its name as the row header, its cells, an Active/Inactive status
 * and its actions (Edit, any others, Deactivate/Reactivate), with the last action's result below
 * them. Edit opens the inline editor as a full-width row under it; focus comes back to Edit when
 * the editor closes or an action reports (see useRowControls).
 */
export function SettingsRow<Row extends { id: string; active: boolean }>({
  row,
  nameOf,
  noWrapName,
  cells,
  edit,
  setActive,
  moreActions,
}: SettingsRowProps<Row>) {
  const editButton = useRef<HTMLButtonElement>(null);
  const controls = useRowControls(editButton);
  const editorId = useId();
  const name = nameOf(row);
  return (
    <>
      <tr>
        <th scope="row" className={`px-4 py-2 text-left font-medium${noWrapName ? " whitespace-nowrap" : ""}`}>
          {name}
        </th>
        {cells.map((cell, column) => (
          // Cells are columns in a fixed order: their position is their identity.
          <td key={column} className={`px-4 py-2${cell.noWrap ? " whitespace-nowrap" : ""}`}>
            {cell.content}
          </td>
        ))}
        <td className="px-4 py-2">{row.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}</td>
        <td className="px-4 py-2">
          <div className="flex flex-wrap gap-2">
            <EditButton
              ref={editButton}
              expanded={controls.editing}
              onToggle={controls.toggleEditor}
              subject={name}
              editorId={editorId}
            />
            {moreActions?.(controls.setNotice)}
            {setActive ? (
              <RowButton
                action={setActive}
                fields={{ id: row.id, active: String(!row.active) }}
                label={row.active ? "Deactivate" : "Reactivate"}
                subject={name}
                pendingLabel={row.active ? "Deactivating…" : "Reactivating…"}
                onResult={controls.setNotice}
              />
            ) : null}
          </div>
          {controls.notice ? (
            <div className="mt-2">
              <FormMessage state={controls.notice} />
            </div>
          ) : null}
        </td>
      </tr>
      {controls.editing ? (
        <SettingsEditorRow
          id={editorId}
          row={row}
          nameOf={nameOf}
          // The name, the cells, the status and the actions.
          colSpan={cells.length + 3}
          edit={edit}
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

function SettingsEditorRow<Row extends { active: boolean }>({
  id,
  row,
  nameOf,
  colSpan,
  edit,
  onCancel,
  onSaved,
}: {
  id: string;
  row: Row;
  nameOf: (row: Row) => string;
  colSpan: number;
  edit: SettingsEditor<Row>;
  onCancel: () => void;
  onSaved: (result: ActionState) => void;
}) {
  // The row as it was when the editor opened: what the fields start from and what the save is
  // checked against, even if the table refreshes meanwhile (docs/security.md C1).
  const [opened] = useState(row);
  const router = useRouter();
  const name = nameOf(opened);
  return (
    <EditorRow
      id={id}
      colSpan={colSpan}
      title={`Edit ${name}`}
      subject={name}
      action={edit.action}
      hidden={edit.hidden(opened)}
      onCancel={onCancel}
      onSaved={onSaved}
      // A conflict that names the changed fields keeps the editor open; the table behind it then shows the saved values.
      onConflict={() => router.refresh()}
    >
      {(errors) => (
        <Fields
          // The cursor starts in the first field.
          fields={[...edit.fields.map((f, i) => (i === 0 ? { ...f, autoFocus: true } : f)), STATUS_FIELD]}
          values={{ ...edit.values(opened), active: String(opened.active) }}
          errors={errors}
        />
      )}
    </EditorRow>
  );
}
