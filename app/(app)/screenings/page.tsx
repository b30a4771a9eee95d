import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Screenings" };

export default async function ScreeningsPage() {
  await guardPage("/screenings");
  return <ComingSoon title="Screenings" what="Run PHQ-9, GAD-7, AUDIT-C and C-SSRS screenings with exact scoring, safety escalation and clinical review." />;
}
