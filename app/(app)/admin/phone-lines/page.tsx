import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { formatPhone } from "@/lib/phone";
import { listPhoneLines } from "@/lib/settings/phone-lines";
import { SettingsPageHeader, SettingsTable } from "../_components/settings-page";
import { AddPhoneLineForm, PhoneLineRow, type PhoneLineRowData } from "./phone-line-rows";

export const metadata: Metadata = { title: "Phone lines" };

export default async function PhoneLinesPage() {
  const actor = await guardPage("/admin/phone-lines");
  const lines = await listPhoneLines(actor);
  const rows: PhoneLineRowData[] = lines.map((line) => ({
    id: line.id,
    numberDisplay: formatPhone(line.number),
    label: line.label,
    forwardToDisplay: line.forwardTo ? formatPhone(line.forwardTo) : null,
    isMain: line.isMain,
    active: line.active,
    version: line.version,
  }));
  return (
    <>
      <SettingsPageHeader
        title="Phone lines"
        description="The center's numbers. Calls to an active line are captured from the phone system and forwarded to its intake desk number. The main line is the call form's default and cannot be deactivated. Deactivated lines stay on the calls that came in on them."
      />
      {rows.length === 0 ? (
        <EmptyState title="No phone lines yet">The first line you add becomes the main line.</EmptyState>
      ) : (
        <SettingsTable caption="Phone lines, active lines first" columns={["Number", "Label", "Forwards to", "Main"]}>
          {rows.map((line) => (
            <PhoneLineRow key={line.id} line={line} />
          ))}
        </SettingsTable>
      )}
      <AddPhoneLineForm />
    </>
  );
}
