"use client";

import { SelectField, TextField } from "@/components/ui/form";
import type { ReferralSourceType } from "@/lib/generated/prisma/enums";
import { REFERRAL_SOURCE_TYPE_LABELS, REFERRAL_SOURCE_TYPE_OPTIONS, STATUS_OPTIONS } from "@/lib/settings/labels";
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

const TYPE_CHOICES = [{ value: "", label: "Choose a type" }, ...REFERRAL_SOURCE_TYPE_OPTIONS];

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
        fields: (opened, errors) => (
          <>
            <TextField
              label="Name"
              name="name"
              defaultValue={opened.name}
              autoComplete="off"
              maxLength={120}
              required
              autoFocus
              errors={errors.name}
            />
            <SelectField
              label="Type"
              name="type"
              defaultValue={opened.type}
              options={REFERRAL_SOURCE_TYPE_OPTIONS}
              errors={errors.type}
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

export function AddReferralSourceForm() {
  return (
    <AddForm
      action={createReferralSourceAction}
      heading="Add a referral source"
      submitLabel="Add referral source"
      pendingLabel="Adding…"
    >
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
