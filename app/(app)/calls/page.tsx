import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Calls" };

export default async function CallsPage() {
  await guardPage("/calls");
  return <ComingSoon title="Calls" what="Log calls to the 855 line while talking, work the callback queues, and complete calls captured from the phone system." />;
}
