import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { listPrograms } from "@/lib/settings/programs";
import { SettingsPageHeader, SettingsTable } from "../_components/settings-page";
import { AddProgramForm, ProgramRow } from "./program-rows";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const actor = await guardPage("/admin/programs");
  const programs = await listPrograms(actor);
  return (
    <>
      <SettingsPageHeader
        title="Programs"
        description="The center's programs at each level of care, with the default expected length of stay for new admissions (residential 30 days, IOP 10 weeks unless set otherwise). Deactivated programs stay on their episodes but take no new admissions or step-downs."
      />
      {programs.length === 0 ? (
        <EmptyState title="No programs yet">
          Add at least a residential and an IOP program so patients can be admitted and stepped down.
        </EmptyState>
      ) : (
        <SettingsTable caption="Programs, active first" columns={["Name", "Level", "Expected length"]}>
          {programs.map((p) => (
            <ProgramRow
              key={p.id}
              program={{
                id: p.id,
                name: p.name,
                level: p.level,
                expectedLengthDays: p.expectedLengthDays,
                active: p.active,
                updatedAtMs: p.updatedAt.getTime(),
              }}
            />
          ))}
        </SettingsTable>
      )}
      <AddProgramForm />
    </>
  );
}
