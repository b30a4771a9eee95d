import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage() {
  await guardPage("/patients");
  return <ComingSoon title="Patients" what="The admissions pipeline, the census board and Residential → IOP step-down tracking." />;
}
