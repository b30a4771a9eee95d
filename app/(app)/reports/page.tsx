import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await guardPage("/reports");
  return <ComingSoon title="Reports" what="Call volume, the admissions funnel, screening outcomes and the 7/30-day continuity measure." />;
}
