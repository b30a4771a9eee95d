"use client";

import type { FieldSpec } from "@/components/ui/form";
import { Badge } from "@/components/ui/page";
import { SettingsRow } from "../_components/settings-row";
import { AddForm, RowButton } from "../_components/settings-table";
import {
  createPhoneLineAction,
  setMainPhoneLineAction,
  setPhoneLineActiveAction,
  updatePhoneLineAction,
} from "./actions";

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

/** The fields of a line, for adding one and for editing it. */
const PHONE_LINE_FIELDS: readonly FieldSpec[] = [
  {
    label: "Phone number",
    name: "number",
    inputMode: "tel",
    autoComplete: "off",
    required: true,
    hint: "US numbers as you would dial them, e.g. (855) 555-0100; others start with + and the country code.",
  },
  {
    label: "Label",
    name: "label",
    autoComplete: "off",
    maxLength: 80,
    required: true,
    hint: "What the team calls it, e.g. “Main admissions line”.",
  },
  {
    label: "Forwards to",
    name: "forwardTo",
    inputMode: "tel",
    autoComplete: "off",
    hint: "Optional: the intake desk number the phone system forwards these calls to.",
  },
];

export function PhoneLineRow({ line }: { line: PhoneLineRowData }) {
  return (
    <SettingsRow
      row={line}
      nameOf={(l) => l.numberDisplay}
      noWrapName
      cells={[
        { content: line.label },
        { content: line.forwardToDisplay ?? <span className="text-slate-600">Not forwarded</span>, noWrap: true },
        { content: line.isMain ? <Badge tone="blue">Main line</Badge> : null },
      ]}
      moreActions={(onResult) =>
        line.active && !line.isMain ? (
          <RowButton
            action={setMainPhoneLineAction}
            fields={{ id: line.id }}
            label="Set as main line"
            subject={line.numberDisplay}
            pendingLabel="Saving…"
            onResult={onResult}
          />
        ) : null
      }
      // The main line stays active; another line must become the main line first.
      setActive={line.isMain ? undefined : setPhoneLineActiveAction}
      edit={{
        action: updatePhoneLineAction,
        hidden: (opened) => ({ id: opened.id, expectedVersion: String(opened.version) }),
        fields: PHONE_LINE_FIELDS,
        values: (opened) => ({ number: opened.numberDisplay, label: opened.label, forwardTo: opened.forwardToDisplay }),
      }}
    />
  );
}

export function AddPhoneLineForm() {
  return (
    <AddForm
      action={createPhoneLineAction}
      heading="Add a phone line"
      submitLabel="Add phone line"
      pendingLabel="Adding…"
      fields={PHONE_LINE_FIELDS}
    />
  );
}
