import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { listPrograms } from "@/lib/patients/programs";
import { AddProgramForm, ProgramRow } from "./program-rows";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const actor = await guardPage("/admin/programs");
  const programs = await listPrograms(actor);
  return (
    <>
      <PageHeader
        title="Programs"
        description="The center's programs at each level of care, with the default expected length of stay for new admissions (residential 30 days, IOP 10 weeks unless set otherwise). Deactivated programs stay on their episodes but take no new admissions or step-downs."
        actions={<Link href="/admin" className="text-sm font-medium text-brand-700 underline">Back to administration</Link>}
      />
      {programs.length === 0 ? (
        <EmptyState title="No programs yet">Add at least a residential and an IOP program so patients can be admitted and stepped down.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Programs, active first</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Level</th>
                <th scope="col" className="px-4 py-2">Expected length</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {programs.map((p) => (
                <ProgramRow key={p.id} program={{ id: p.id, name: p.name, level: p.level, expectedLengthDays: p.expectedLengthDays, active: p.active, updatedAtMs: p.updatedAt.getTime() }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddProgramForm />
    </>
  );
}
