"use client";

import type { FieldSpec } from "@/components/ui/form";
import type { ReferralSourceType } from "@/lib/generated/prisma/enums";
import { REFERRAL_SOURCE_TYPE_LABELS, REFERRAL_SOURCE_TYPE_OPTIONS } from "@/lib/settings/labels";
import { SettingsRow } from "../_components/settings-row";
import { AddForm } from "../_components/settings-table";
import { createReferralSourceAction, setReferralSourceActiveAction, updateReferralSourceAction } from "./actions";

export interface ReferralSourceRowData {
  id: string;
  name: string;
  type: ReferralSourceType;
  active: boolean;
  version: number;
}

/** The fields of a source, for adding one and for editing it. */
const REFERRAL_SOURCE_FIELDS: readonly FieldSpec[] = [
  {
    label: "Source name",
    name: "name",
    autoComplete: "off",
    maxLength: 120,
    required: true,
    hint: "As coordinators will pick it, e.g. “Mercy General Hospital ED”.",
  },
  {
    kind: "select",
    label: "Source type",
    name: "type",
    defaultValue: "",
    options: [{ value: "", label: "Choose a type" }, ...REFERRAL_SOURCE_TYPE_OPTIONS],
  },
];

export function ReferralSourceRow({ source }: { source: ReferralSourceRowData }) {
  return (
    <SettingsRow
      row={source}
      nameOf={(s) => s.name}
      cells={[{ content: REFERRAL_SOURCE_TYPE_LABELS[source.type] }]}
      setActive={setReferralSourceActiveAction}
      edit={{
        action: updateReferralSourceAction,
        hidden: (opened) => ({ id: opened.id, expectedVersion: String(opened.version) }),
        fields: REFERRAL_SOURCE_FIELDS,
        values: (opened) => opened,
      }}
    />
  );
}

export function AddReferralSourceForm() {
  return (
    <AddForm
      action={createReferralSourceAction}
      heading="Add a referral source"
      submitLabel="Add referral source"
      pendingLabel="Adding…"
      fields={REFERRAL_SOURCE_FIELDS}
    />
  );
}
