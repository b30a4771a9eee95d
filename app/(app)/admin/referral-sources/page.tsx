import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { listReferralSources } from "@/lib/settings/referral-sources";
import { SettingsPageHeader, SettingsTable } from "../_components/settings-page";
import { AddReferralSourceForm, ReferralSourceRow } from "./referral-source-rows";

export const metadata: Metadata = { title: "Referral sources" };

export default async function ReferralSourcesPage() {
  const actor = await guardPage("/admin/referral-sources");
  const sources = await listReferralSources(actor);
  return (
    <>
      <SettingsPageHeader
        title="Referral sources"
        description="How callers heard about the center, as coordinators pick it on the call form. Deactivated sources leave the picker but stay on the calls and patients they were recorded for, and in the reports."
      />
      {sources.length === 0 ? (
        <EmptyState title="No referral sources yet" />
      ) : (
        <SettingsTable caption="Referral sources, active sources first" columns={["Name", "Type"]}>
          {sources.map((source) => (
            <ReferralSourceRow key={source.id} source={source} />
          ))}
        </SettingsTable>
      )}
      <AddReferralSourceForm />
    </>
  );
}
